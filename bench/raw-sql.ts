// The floors of the data-layer benchmarks: the same queries as raw SQL through better-sqlite3,
// in process, with no ORM, no DTOs and nothing the product adds on top.
import type Database from "better-sqlite3";
import { buildClaimsSql } from "@/lib/search/claims-sql";
import type { ClaimsQuery } from "@/lib/claims/query";
import { eventHash, GENESIS_HASH, storedEventHash } from "@/lib/history/hash";

type Raw = Database.Database;
const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** One claims page as the table shows it: ids, count, then the rows, attributions, conflicts and sessions. */
export function rawClaimsPage(raw: Raw, q: ClaimsQuery) {
  const sql = buildClaimsSql(q, "sqlite");
  const ids = (raw.prepare(sql.pageSql).all(...sql.pageParams) as Array<{ id: string }>).map((r) => r.id);
  raw.prepare(sql.countSql).get(...sql.countParams);
  if (ids.length === 0) return 0;
  const m = marks(ids.length);
  raw
    .prepare(
      `SELECT c.*, a."title", a."language", a."publishedAt", a."datePrecision", o."id" AS "outletId", o."name" AS "outletName", u."email"
       FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Source" o ON o."id" = a."outletId"
       LEFT JOIN "User" u ON u."id" = c."updatedById" WHERE c."id" IN (${m})`,
    )
    .all(...ids);
  raw
    .prepare(
      `SELECT t.*, s."name" FROM "Attribution" t LEFT JOIN "Source" s ON s."id" = t."sourceId" WHERE t."claimId" IN (${m}) ORDER BY t."position"`,
    )
    .all(...ids);
  for (const side of ["aId", "bId"])
    raw
      .prepare(
        `SELECT "id", "aId", "bId" FROM "ClaimLink" WHERE "type" = 'contradicts' AND "status" IN ('proposed', 'confirmed') AND "${side}" IN (${m})`,
      )
      .all(...ids);
  raw
    .prepare(
      `SELECT i."claimId", s."id", s."title" FROM "SessionItem" i JOIN "ReviewSession" s ON s."id" = i."sessionId" WHERE i."claimId" IN (${m}) ORDER BY i."id" DESC`,
    )
    .all(...ids);
  return ids.length;
}

/** The candidates incremental detection reads for a claim: the claims sharing one of its buckets whose time may overlap, features parsed. */
export function rawBucketCandidates(raw: Raw, claimId: string) {
  const facets = raw
    .prepare(`SELECT "key", "timeFrom", "timeTo" FROM "ClaimFacet" WHERE "claimId" = ? AND "key" LIKE 'b:%'`)
    .all(claimId) as Array<{ key: string; timeFrom: string | null; timeTo: string | null }>;
  if (facets.length === 0) return 0;
  const { timeFrom, timeTo } = facets[0];
  const overlap = timeFrom === null ? "" : ` AND (f."timeTo" IS NULL OR (f."timeTo" >= ? AND f."timeFrom" <= ?))`;
  const rows = raw
    .prepare(
      `SELECT DISTINCT c."id", c."articleId", c."features" FROM "ClaimFacet" f JOIN "Claim" c ON c."id" = f."claimId"
       WHERE f."key" IN (${marks(facets.length)}) AND f."claimId" <> ? AND c."archivedAt" IS NULL${overlap}`,
    )
    .all(...facets.map((f) => f.key), claimId, ...(timeFrom === null ? [] : [timeFrom, timeTo])) as Array<{
    features: string | null;
  }>;
  for (const r of rows) if (r.features) JSON.parse(r.features);
  return rows.length;
}

/** What full detection reads: every live claim's features (parsed) and every existing link's pair. */
export function rawDetectionInput(raw: Raw) {
  let n = 0;
  for (const r of raw.prepare(`SELECT "id", "articleId", "features" FROM "Claim" WHERE "archivedAt" IS NULL`).iterate()) {
    const row = r as { features: string | null };
    if (row.features) JSON.parse(row.features);
    n++;
  }
  raw.prepare(`SELECT "aId", "bId", "type" FROM "ClaimLink"`).all();
  return n;
}

/** The history chain walked in seq order with the same hashing as verifyChain, straight from SQLite. */
export function rawVerifyChain(raw: Raw) {
  let prev = GENESIS_HASH;
  let n = 0;
  for (const r of raw.prepare(`SELECT * FROM "ReviewEvent" ORDER BY "seq"`).iterate()) {
    const row = r as Record<string, string | number | null>;
    const event = {
      seq: Number(row.seq),
      at: new Date(String(row.at)),
      actorId: (row.actorId as string) ?? null,
      actorLabel: String(row.actorLabel),
      sessionId: (row.sessionId as string) ?? null,
      entityType: String(row.entityType),
      entityId: String(row.entityId),
      action: String(row.action),
      changes: String(row.changes),
    };
    if (row.prevHash !== prev) throw new Error(`raw chain walk: broken at seq ${row.seq}`);
    const hash =
      storedEventHash(prev, event) === row.hash
        ? row.hash
        : eventHash(prev, { ...event, at: event.at.toISOString(), changes: JSON.parse(event.changes) });
    if (hash !== row.hash) throw new Error(`raw chain walk: hash mismatch at seq ${row.seq}`);
    prev = hash;
    n++;
  }
  return n;
}

/** The rows an import writes for one article (article and revision), without any analysis. */
export function rawInsertArticle(raw: Raw, i: number, a: { title: string; text: string; url: string; publishedAt: string }) {
  const now = new Date().toISOString();
  raw
    .prepare(
      `INSERT INTO "Article" ("id", "title", "searchTitle", "url", "publishedAt", "datePrecision", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'day', ?, ?)`,
    )
    .run(`floor-a-${i}`, a.title, a.title, a.url, a.publishedAt, now, now);
  raw
    .prepare(
      `INSERT INTO "ArticleRevision" ("id", "articleId", "number", "text", "contentHash", "searchText", "furniture", "headings", "createdAt") VALUES (?, ?, 1, ?, ?, ?, '[]', '[]', ?)`,
    )
    .run(`floor-r-${i}`, `floor-a-${i}`, a.text, `floor-${i}`, a.text, now);
}
