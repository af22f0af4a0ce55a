"use server";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import { setLocale } from "@/lib/auth/mutations";
import { localeSchema } from "@/lib/auth/schema";
import { LOCALE_COOKIE } from "./locale";

/** Switches the interface language: remembered in a cookie, and on the account when signed in. */
export async function setLocaleAction(raw: unknown): Promise<{ ok: boolean }> {
  const parsed = localeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await currentUser();
  if (user) await setLocale(getDb(), user.id, parsed.data);
  return { ok: true };
}
