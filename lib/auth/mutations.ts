import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { getAuth } from "./auth";
import type { CreateUserInput } from "./schema";
import type { Role } from "./roles";
import { ACCOUNT_WINDOW_MS, signInAccountKey } from "./sign-in-limit";

export type CreateUserResult = { ok: true; id: string } | { ok: false; reason: "DUPLICATE"; message: string };

/**
 * Creates an account through the auth library (it hashes the password and commits on its own),
 * then records the event right after; the integration test checks that the event is there.
 */
export async function createUser(db: Db, input: CreateUserInput, actor: Actor): Promise<CreateUserResult> {
  const existing = await db.user.findUnique({ where: { email: input.email } });
  if (existing) return { ok: false, reason: "DUPLICATE", message: `An account for ${input.email} already exists` };
  const ctx = await getAuth(db).$context;
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email,
      name: input.name ?? input.email.split("@")[0],
      emailVerified: true,
      role: input.role,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await appendEvent(tx, {
      actor,
      entityType: "user",
      entityId: user.id,
      action: "create",
      changes: { email: [null, input.email], role: [null, input.role] },
    });
  });
  return { ok: true, id: user.id };
}

export async function setRole(db: Db, userId: string, role: Role, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (before.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await appendEvent(tx, {
      actor,
      entityType: "user",
      entityId: userId,
      action: "update",
      changes: { role: [before.role, role] },
    });
  });
}

export async function setLocale(db: Db, userId: string, locale: "en" | "ar") {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Returns the token once; only its hash is stored. */
export async function createApiToken(db: Db, userId: string, name: string, actor: Actor) {
  const token = `cd_${randomBytes(24).toString("base64url")}`;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 7) },
    });
    await appendEvent(tx, {
      actor,
      entityType: "api_token",
      entityId: created.id,
      action: "create",
      changes: { name: [null, name], userId: [null, userId] },
    });
    return created;
  });
  return { id: row.id, token };
}

export async function revokeApiToken(db: Db, tokenId: string, actor: Actor) {
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await appendEvent(tx, {
      actor,
      entityType: "api_token",
      entityId: row.id,
      action: "revoke",
      changes: { revokedAt: [null, row.revokedAt?.toISOString()] },
    });
  });
}

/** Records the outcome of a sign-in attempt on an account (lib/auth/data.ts: accountRetryAfter). */
export async function recordSignIn(db: Db, email: string, succeeded: boolean, now = Date.now()): Promise<void> {
  const key = signInAccountKey(email);
  if (succeeded) {
    await db.rateLimit.deleteMany({ where: { key } });
    return;
  }
  const row = await db.rateLimit.findUnique({ where: { key } });
  const fresh = !row || now - Number(row.lastRequest) > ACCOUNT_WINDOW_MS;
  await db.rateLimit.upsert({
    where: { key },
    create: { id: key, key, count: 1, lastRequest: BigInt(now) },
    update: { count: fresh ? 1 : { increment: 1 }, lastRequest: BigInt(now) },
  });
}
