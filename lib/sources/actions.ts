"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { searchSources } from "./data";
import { mergeSources, splitSource } from "./merge-mutations";
import { addAlias, createSource, setAttributions } from "./mutations";
import {
  addAliasSchema,
  createSourceSchema,
  mergeSourcesSchema,
  setAttributionsSchema,
  sourceSearchSchema,
  splitSourceSchema,
} from "./schema";

/** Registry matches for a typed name (the attribution editor's combobox). */
export async function searchSourcesAction(raw: unknown) {
  return runAction(
    sourceSearchSchema.extend({ pageSize: z.number().int().min(1).max(50).default(8) }),
    raw,
    "read",
    async (input) => {
      const { items } = await searchSources(getDb(), { search: input.search, page: 1, pageSize: input.pageSize });
      return { ok: true as const, items };
    },
  );
}

export async function setAttributionsAction(raw: unknown) {
  return runAction(setAttributionsSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => setAttributions(tx, input, actor));
    if (result.ok) {
      revalidatePath(`/articles/${result.claim.articleId}`);
      revalidatePath("/sources", "layout");
    }
    return result;
  });
}

export async function createSourceAction(raw: unknown) {
  return runAction(createSourceSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => createSource(tx, input, actor));
    if (result.ok) revalidatePath("/sources");
    return result;
  });
}

export async function addAliasAction(raw: unknown) {
  return runAction(addAliasSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => addAlias(tx, input, actor));
    if (result.ok) revalidatePath(`/sources/${input.sourceId}`);
    return result;
  });
}

export async function mergeSourcesAction(raw: unknown) {
  return runAction(mergeSourcesSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => mergeSources(tx, input, actor));
    if (result.ok) revalidatePath("/sources", "layout");
    return result;
  });
}

/** Undoes a merge: an admin's decision, recorded like the merge. */
export async function splitSourceAction(raw: unknown) {
  return runAction(splitSourceSchema, raw, "split_source", async (input, actor) => {
    const result = await getDb().$transaction((tx) => splitSource(tx, input, actor));
    if (result.ok) revalidatePath("/sources", "layout");
    return result;
  });
}
