import "server-only";
import type { Db } from "@/lib/db/client";
import { roleSchema, type Role } from "./roles";
import { hashToken } from "./mutations";
import { ACCOUNT_FAILURES, ACCOUNT_WINDOW_MS, signInAccountKey } from "./sign-in-limit";

export type UserDto = { id: string; email: string; name: string; role: Role; locale: "en" | "ar"; createdAt: string };

function toDto(u: { id: string; email: string; name: string; role: string; locale: string; createdAt: Date }): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: roleSchema.catch("viewer").parse(u.role),
    locale: u.locale === "ar" ? "ar" : "en",
    createdAt: u.createdAt.toISOString(),
  };
}

export async function listUsers(db: Db): Promise<UserDto[]> {
  return (await db.user.findMany({ orderBy: { createdAt: "asc" } })).map(toDto);
}

export async function getUserById(db: Db, id: string): Promise<UserDto | null> {
  const u = await db.user.findUnique({ where: { id } });
  return u ? toDto(u) : null;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserDto | null> {
  const u = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  return u ? toDto(u) : null;
}

export async function countUsers(db: Db): Promise<number> {
  return db.user.count();
}

export async function userForToken(db: Db, token: string): Promise<UserDto | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  return toDto(row.user);
}

export async function listTokens(db: Db, userId: string) {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    revoked: Boolean(r.revokedAt),
  }));
}

/** Seconds until this account may try to sign in again, or 0 when it may now. */
export async function accountRetryAfter(db: Db, email: string, now = Date.now()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: signInAccountKey(email) } });
  if (!row || row.count < ACCOUNT_FAILURES) return 0;
  const left = Number(row.lastRequest) + ACCOUNT_WINDOW_MS - now;
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
