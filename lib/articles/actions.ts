"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { importArticle } from "./mutations";
import { articleInputSchema } from "./schema";

export async function importPastedArticleAction(raw: unknown) {
  return runAction(articleInputSchema, raw, "write", async (input, actor) => {
    const result = await importArticle(getDb(), input, actor);
    revalidatePath("/articles");
    return { ok: true as const, ...result };
  });
}
