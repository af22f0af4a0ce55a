"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { deleteView, saveView } from "./mutations";
import { deleteViewSchema, saveViewSchema } from "./schema";

export async function saveViewAction(raw: unknown) {
  return runAction(saveViewSchema, raw, "read", async ({ name, query }, actor) => {
    await saveView(getDb(), actor.id!, name, query);
    revalidatePath("/claims");
    return { ok: true as const };
  });
}

export async function deleteViewAction(raw: unknown) {
  return runAction(deleteViewSchema, raw, "read", async ({ id }, actor) => {
    await deleteView(getDb(), actor.id!, id);
    revalidatePath("/claims");
    return { ok: true as const };
  });
}
