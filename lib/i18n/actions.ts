"use server";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { setLocale } from "@/lib/auth/mutations";
import { localeSchema } from "@/lib/auth/schema";

/** Remembers the signed-in user's interface language on the account (the browser keeps it in a cookie too). */
export async function setLocaleAction(raw: unknown) {
  return runAction(localeSchema, raw, "read", async (locale, actor) => {
    // runAction's actor is the signed-in user, who always has an id
    if (actor.id) await setLocale(getDb(), actor.id, locale);
    return { ok: true as const };
  });
}
