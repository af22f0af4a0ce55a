import "server-only";
import type { Db } from "@/lib/db/client";

export type SavedViewDto = { id: string; name: string; query: string };

export async function listViews(db: Db, userId: string): Promise<SavedViewDto[]> {
  const rows = await db.savedView.findMany({ where: { userId }, orderBy: { name: "asc" } });
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query }));
}
