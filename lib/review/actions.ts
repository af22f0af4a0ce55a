"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { currentUser } from "@/lib/auth/session";
import { findQueueCandidates } from "./data";
import { addToQueue, createSession, decide, moveItem, patchClaim, reopenSession, restoreField, signOff } from "./mutations";
import {
  addItemsSchema,
  cleanFilter,
  createSessionSchema,
  decisionSchema,
  moveItemSchema,
  patchClaimActionSchema,
  queueFilterSchema,
  restoreSchema,
  sessionRefSchema,
  signOffSchema,
} from "./schema";

const decideActionSchema = decisionSchema.extend({ sessionId: z.string().optional() });

export async function createSessionAction(raw: unknown) {
  return runAction(createSessionSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => createSession(tx, input, actor));
    if (result.ok) revalidatePath("/sessions");
    return result;
  });
}

export async function previewQueueAction(raw: unknown) {
  const schema = queueFilterSchema.extend({ sessionId: z.string().min(1) });
  return runAction(schema, cleanFilter((raw ?? {}) as Record<string, unknown>), "write", async ({ sessionId, ...filter }) => ({
    ok: true as const,
    claims: await findQueueCandidates(getDb(), filter, sessionId),
  }));
}

export async function addToQueueAction(raw: unknown) {
  return runAction(addItemsSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => addToQueue(tx, input.sessionId, input.claimIds, actor));
    if (result.ok) revalidatePath(`/sessions/${input.sessionId}`);
    return result;
  });
}

export async function moveItemAction(raw: unknown) {
  return runAction(moveItemSchema, raw, "write", async (input, actor) =>
    getDb().$transaction((tx) => moveItem(tx, input.sessionId, input.claimId, input.direction, actor)),
  );
}

export async function decideAction(raw: unknown) {
  return runAction(decideActionSchema, raw, "write", async (input, actor) =>
    getDb().$transaction((tx) => decide(tx, input, actor)),
  );
}

export async function patchClaimAction(raw: unknown) {
  return runAction(patchClaimActionSchema, raw, "write", async ({ claimId, ...input }, actor) =>
    getDb().$transaction((tx) => patchClaim(tx, claimId, input, actor)),
  );
}

export async function restoreFieldAction(raw: unknown) {
  return runAction(restoreSchema, raw, "write", async (input, actor) =>
    getDb().$transaction((tx) => restoreField(tx, input, actor)),
  );
}

export async function signOffAction(raw: unknown) {
  return runAction(signOffSchema, raw, "write", async (input, actor) =>
    getDb().$transaction((tx) => signOff(tx, input.sessionId, input.version, actor)),
  );
}

export async function reopenSessionAction(raw: unknown) {
  return runAction(sessionRefSchema, raw, "reopen_session", async (input, actor) => {
    const user = await currentUser();
    return getDb().$transaction((tx) => reopenSession(tx, input.sessionId, actor, user!.role));
  });
}
