import "server-only";
import type { Db } from "@/lib/db/client";

// Saved views are personal filter presets, not desk records: they are not part of the review history.
export async function saveView(db: Db, userId: string, name: string, query: string) {
  return db.savedView.upsert({ where: { userId_name: { userId, name } }, create: { userId, name, query }, update: { query } });
}

export async function deleteView(db: Db, userId: string, id: string) {
  await db.savedView.deleteMany({ where: { id, userId } });
}
