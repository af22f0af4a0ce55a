"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { claimsQuerySchema } from "@/lib/claims/query";
import { searchClaims } from "@/lib/search/data";
import { runAction } from "@/lib/server/action";
import { createLink, updateLink } from "./mutations";
import { createLinkSchema, updateLinkSchema } from "./schema";

function revalidate(link: { a: { articleId: string }; b: { articleId: string } }) {
  revalidatePath("/conflicts");
  revalidatePath(`/articles/${link.a.articleId}`);
  revalidatePath(`/articles/${link.b.articleId}`);
}

export async function createLinkAction(raw: unknown) {
  return runAction(createLinkSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => createLink(tx, input, actor));
    if (result.ok) revalidate(result.link);
    return result;
  });
}

export async function updateLinkAction(raw: unknown) {
  return runAction(updateLinkSchema, raw, "write", async (input, actor) => {
    const result = await getDb().$transaction((tx) => updateLink(tx, input, actor));
    if (result.ok) revalidate(result.link);
    return result;
  });
}

const findSchema = z.object({
  search: z.string().trim().min(2, { error: "Type at least two letters" }).max(200),
  exclude: z.string().optional(),
});

/** Claims to pick the other end of a hand-made link from. */
export async function findClaimsToLinkAction(raw: unknown) {
  return runAction(findSchema, raw, "read", async ({ search, exclude }) => {
    const query = claimsQuerySchema.safeParse({ search, pageSize: 8 });
    if (!query.success) return { ok: false as const, reason: "INVALID", message: query.error.issues[0].message };
    const { items } = await searchClaims(getDb(), query.data);
    return {
      ok: true as const,
      claims: items
        .filter((c) => c.id !== exclude)
        .map((c) => ({ id: c.id, quote: c.quote, articleTitle: c.article.title, language: c.article.language })),
    };
  });
}
