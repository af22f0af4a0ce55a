"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { currentUser } from "@/lib/auth/session";
import { claimsQuerySchema } from "@/lib/claims/query";
import { findQueueCandidates } from "./data";
import { addToQueue, createSession, moveItem, reopenSession, signOff } from "./session-mutations";
import { decide, patchClaim } from "./mutations";
import { restoreField } from "./restore-mutations";
import {
  addItemsSchema,
  createSessionSchema,
  decisionSchema,
  moveItemSchema,
  patchClaimActionSchema,
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

/** The queue filler's filter is the claims query (the table's filters); empty form fields mean "any". */
const previewQueueSchema = z.object({ sessionId: z.string().min(1), query: z.record(z.string(), z.string()) });

export async function previewQueueAction(raw: unknown) {
  return runAction(previewQueueSchema, raw, "write", async ({ sessionId, query }) => {
    const filled = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ""));
    const parsed = claimsQuerySchema.safeParse({ pageSize: "200", sort: "position", order: "asc", ...filled });
    if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0].message };
    return { ok: true as const, claims: await findQueueCandidates(getDb(), parsed.data, sessionId) };
  });
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
