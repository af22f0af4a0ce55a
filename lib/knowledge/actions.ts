"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/history/schema";
import { runAction } from "@/lib/server/action";
import { knowledgeChoices, readDeskPack } from "./data";
import {
  addKnowledgeAlias,
  createActor,
  createPlace,
  loadPack,
  setBareTerm,
  setPackEnabled,
  updateActor,
  updatePlace,
  type EditResult,
} from "./mutations";
import { packSchema } from "./pack-schema";
import {
  addKnowledgeAliasSchema,
  createActorSchema,
  createPlaceSchema,
  setBareTermSchema,
  setPackEnabledSchema,
  updateActorSchema,
  updatePlaceSchema,
} from "./schema";

// Knowledge edits re-run detection for the claims they touch: the boards and readers are refreshed too.
const revalidate = () => {
  revalidatePath("/knowledge");
  revalidatePath("/articles", "layout");
  revalidatePath("/conflicts");
};

// Each action names its permission in its own runAction call (the access matrix reads it there).
async function commit<I>(edit: (tx: Tx, input: I, actor: Actor) => Promise<EditResult>, input: I, actor: Actor) {
  const result = await getDb().$transaction((tx) => edit(tx, input, actor), { timeout: 60_000, maxWait: 60_000 });
  if (result.ok) revalidate();
  return result;
}

export async function createPlaceAction(raw: unknown) {
  return runAction(createPlaceSchema, raw, "write", (input, actor) => commit(createPlace, input, actor));
}
export async function updatePlaceAction(raw: unknown) {
  return runAction(updatePlaceSchema, raw, "write", (input, actor) => commit(updatePlace, input, actor));
}
export async function createActorAction(raw: unknown) {
  return runAction(createActorSchema, raw, "write", (input, actor) => commit(createActor, input, actor));
}
export async function updateActorAction(raw: unknown) {
  return runAction(updateActorSchema, raw, "write", (input, actor) => commit(updateActor, input, actor));
}
export async function addKnowledgeAliasAction(raw: unknown) {
  return runAction(addKnowledgeAliasSchema, raw, "write", (input, actor) => commit(addKnowledgeAlias, input, actor));
}
export async function setBareTermAction(raw: unknown) {
  return runAction(setBareTermSchema, raw, "write", (input, actor) => commit(setBareTerm, input, actor));
}
export async function setPackEnabledAction(raw: unknown) {
  return runAction(setPackEnabledSchema, raw, "write", (input, actor) => commit(setPackEnabled, input, actor));
}

/** The places and entities an editor can add a selected spelling to (the reader asks when the editor does). */
export async function knowledgeChoicesAction(raw: unknown) {
  return runAction(z.object({}), raw, "write", async () => ({ ok: true as const, choices: await knowledgeChoices(getDb()) }));
}

/** The desk's knowledge as a pack file (the shipped packs' format). */
export async function exportPackAction(raw: unknown) {
  return runAction(z.object({}), raw, "read", async () => ({
    ok: true as const,
    json: JSON.stringify(await readDeskPack(getDb(), { includeDisabled: true }), null, 2),
  }));
}

/** Loads a pack file shared by another desk: what is new is added, what the desk has is skipped. */
export async function importPackAction(raw: unknown) {
  return runAction(
    z.object({ text: z.string().min(1, { error: "The file is empty" }).max(5_000_000) }),
    raw,
    "write",
    async ({ text }, actor) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false as const, reason: "INVALID", message: "The file is not JSON" };
      }
      const pack = packSchema.safeParse(json);
      if (!pack.success) {
        const issue = pack.error.issues[0];
        return {
          ok: false as const,
          reason: "INVALID",
          message: `Not a knowledge pack: ${issue.path.join(".")} ${issue.message}`,
        };
      }
      const report = await getDb().$transaction((tx) => loadPack(tx, pack.data, actor), { timeout: 120_000, maxWait: 60_000 });
      revalidate();
      return { ok: true as const, report };
    },
  );
}
