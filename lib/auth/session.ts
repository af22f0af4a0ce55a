import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/history/schema";
import { getAuth } from "./auth";
import { getUserById, userForToken, type UserDto } from "./data";
import { can, type Permission } from "./roles";

/** The signed-in user of this request: a session cookie, or a personal API token (Bearer). */
export async function currentUser(requestHeaders?: Headers): Promise<UserDto | null> {
  const h = requestHeaders ?? (await headers());
  const bearer = h.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return userForToken(getDb(), bearer);
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  return getUserById(getDb(), session.user.id);
}

export function actorOf(user: UserDto): Actor {
  return { id: user.id, label: user.email };
}

/** For pages: anonymous visitors go to sign-in; a missing permission is a 403 page. */
export async function requirePageUser(permission: Permission = "read", from?: string): Promise<UserDto> {
  const user = await currentUser();
  if (!user) redirect(from ? `/sign-in?from=${encodeURIComponent(from)}` : "/sign-in");
  if (!can(user.role, permission)) redirect(`/forbidden`);
  return user;
}
