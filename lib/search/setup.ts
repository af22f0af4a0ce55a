import "server-only";
import { providerOfClient, type Db } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize";
import { SQLITE_FTS_STATEMENTS } from "./sqlite-fts";

/**
 * Makes sure the search index exists and is complete (after migrations): on SQLite the FTS table and
 * its triggers (a migration that redefines the Claim table drops them), and normalized article titles.
 */
export async function ensureSearchIndex(db: Db) {
  if (providerOfClient(db) === "sqlite") {
    const triggers = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(
      `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Claim_fts_%'`,
    );
    if (Number(triggers[0].n) < 3) {
      for (const statement of SQLITE_FTS_STATEMENTS) await db.$executeRawUnsafe(statement);
      await db.$executeRawUnsafe(`INSERT INTO "ClaimFts"("ClaimFts") VALUES ('rebuild')`);
    }
  }
  const untitled = await db.article.findMany({ where: { searchTitle: "" }, select: { id: true, title: true } });
  for (const a of untitled) await db.article.update({ where: { id: a.id }, data: { searchTitle: normalizeArabic(a.title) } });
}
