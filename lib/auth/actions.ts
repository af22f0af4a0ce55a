"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { createApiToken, createUser, revokeApiToken, setRole } from "./mutations";
import { createUserSchema, setRoleSchema } from "./schema";

export async function createUserAction(raw: unknown) {
  return runAction(createUserSchema, raw, "manage_users", async (input, actor) => {
    const result = await createUser(getDb(), input, actor);
    if (result.ok) revalidatePath("/admin/users");
    return result.ok
      ? result
      : { ok: false as const, reason: result.reason, message: result.message, fields: { email: [result.message] } };
  });
}

export async function setRoleAction(raw: unknown) {
  return runAction(setRoleSchema, raw, "manage_users", async (input, actor) => {
    if (input.userId === actor.id) return { ok: false as const, reason: "SELF", message: "You cannot change your own role" };
    await setRole(getDb(), input.userId, input.role, actor);
    revalidatePath("/admin/users");
    return { ok: true as const };
  });
}

const tokenNameSchema = z.object({ name: z.string().trim().min(1, { error: "Give the token a name" }).max(80) });

export async function createTokenAction(raw: unknown) {
  return runAction(tokenNameSchema, raw, "read", async (input, actor) => {
    const { token } = await createApiToken(getDb(), actor.id!, input.name, actor);
    revalidatePath("/account");
    return { ok: true as const, token };
  });
}

export async function revokeTokenAction(raw: unknown) {
  return runAction(z.object({ tokenId: z.string().min(1) }), raw, "read", async (input, actor) => {
    const owned = await getDb().apiToken.findFirst({ where: { id: input.tokenId, userId: actor.id ?? "" } });
    if (!owned) return { ok: false as const, reason: "NOT_FOUND", message: "No such token of yours" };
    await revokeApiToken(getDb(), input.tokenId, actor);
    revalidatePath("/account");
    return { ok: true as const };
  });
}
