"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { acceptSuggestion, archiveClaim, createClaim, editClaim, rejectSuggestion, setStatusBulk } from "./mutations";
import { archiveClaimSchema, bulkStatusSchema, editClaimSchema, spanInputSchema, suggestionIdSchema } from "./schema";

export async function createClaimAction(raw: unknown) {
  return runAction(spanInputSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => createClaim(tx, input, actor));
    if (result.ok) revalidatePath(`/articles/${input.articleId}`);
    return result;
  });
}

export async function acceptSuggestionAction(raw: unknown) {
  return runAction(suggestionIdSchema, raw, "write", async ({ suggestionId }, actor) => {
    const result = await getDb().$transaction((tx) => acceptSuggestion(tx, suggestionId, actor));
    if (result.ok) revalidatePath(`/articles/${result.claim.articleId}`);
    return result;
  });
}

export async function rejectSuggestionAction(raw: unknown) {
  return runAction(suggestionIdSchema, raw, "write", async ({ suggestionId }, actor) =>
    getDb().$transaction((tx) => rejectSuggestion(tx, suggestionId, actor)),
  );
}

export async function editClaimAction(raw: unknown) {
  return runAction(editClaimSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => editClaim(tx, input, actor));
    if (result.ok) revalidatePath(`/articles/${result.claim.articleId}`);
    return result;
  });
}

export async function archiveClaimAction(raw: unknown) {
  return runAction(archiveClaimSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => archiveClaim(tx, input.claimId, input.version, actor));
    if (result.ok) revalidatePath(`/articles/${result.claim.articleId}`);
    return result;
  });
}

export async function setStatusBulkAction(raw: unknown) {
  return runAction(bulkStatusSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => setStatusBulk(tx, input.items, input.status, actor), { timeout: 30_000 });
    revalidatePath("/claims");
    return result;
  });
}
