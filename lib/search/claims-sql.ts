// Builds the claims-list SQL for one provider: filtering, search, sorting and paging run in the
// database. Parameters are always bound, never spliced into the text.
import type { ClaimsQuery } from "@/lib/claims/query";
import { normalizeArabic } from "@/lib/text/normalize";
import { placeFilterKeys } from "@/lib/links/claim-features";

export type Dialect = "sqlite" | "postgresql";

const sortColumn: Record<ClaimsQuery["sort"], string> = {
  updated_at: `c."updatedAt"`,
  created_at: `c."createdAt"`,
  sourcing_strength: `c."sourcingStrength"`,
  published_at: `a."publishedAt"`,
  verdict: `c."verdict"`,
  status: `c."status"`,
  position: `c."start"`,
};

/** The WHERE clause of a claims query (filters and search), with its bound parameters. */
function claimsWhere(q: ClaimsQuery, dialect: Dialect) {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === "postgresql" ? `$${params.length}` : "?";
  };
  const inList = (values: string[]) => values.map((v) => p(v)).join(", ");
  const where: string[] = [`c."archivedAt" IS NULL`];
  if (q.verdict?.length) where.push(`c."verdict" IN (${inList(q.verdict)})`);
  if (q.status?.length) where.push(`c."status" IN (${inList(q.status)})`);
  if (q.kind?.length)
    where.push(`EXISTS (SELECT 1 FROM "Attribution" t WHERE t."claimId" = c."id" AND t."kind" IN (${inList(q.kind)}))`);
  if (q.article) where.push(`c."articleId" = ${p(q.article)}`);
  if (q.outlet) where.push(`a."outletId" = ${p(q.outlet)}`);
  if (q.source)
    where.push(
      `EXISTS (SELECT 1 FROM "Attribution" t WHERE t."claimId" = c."id" AND (t."sourceId" = ${p(q.source)} OR t."viaId" = ${p(q.source)}))`,
    );
  // A place filter matches claims of the place, or of any place in the region (see placeFilterKeys).
  if (q.place)
    where.push(
      `EXISTS (SELECT 1 FROM "ClaimFacet" f WHERE f."claimId" = c."id" AND f."key" IN (${inList(placeFilterKeys(q.place))}))`,
    );
  if (q.actor) where.push(`EXISTS (SELECT 1 FROM "ClaimFacet" f WHERE f."claimId" = c."id" AND f."key" = ${p(`a:${q.actor}`)})`);
  if (q.from) where.push(`a."publishedAt" >= ${p(q.from)}`);
  if (q.to) where.push(`a."publishedAt" <= ${p(`${q.to}\uffff`)}`);
  if (q.conflicts) {
    // One EXISTS per side, each an index look-up ((aId|bId), type, status); an OR inside one EXISTS scans.
    const side = (col: string) =>
      `EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."${col}" = c."id" AND l."type" = 'contradicts' AND l."status" IN ('proposed', 'confirmed'))`;
    const open = `(${side("aId")} OR ${side("bId")})`;
    where.push(q.conflicts === "open" ? open : `NOT ${open}`);
  }
  // Control characters (NUL ends an FTS5 query string early) search as spaces.
  const needle = q.search ? normalizeArabic(q.search.replace(/[\u0000-\u001f\u007f]+/g, " ")) : "";
  if (needle) where.push(searchClause(needle, dialect, p));
  return { whereSql: where.join(" AND "), params, p, needle };
}

const from = `FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;

export function buildClaimsSql(q: ClaimsQuery, dialect: Dialect) {
  const { whereSql, params, p, needle } = claimsWhere(q, dialect);
  const dir = q.order === "asc" ? "ASC" : "DESC";
  const nulls = q.sort === "published_at" ? ` NULLS LAST` : "";
  const countSql = `SELECT COUNT(*) AS "n" ${from} WHERE ${whereSql}`;
  const countParams = [...params];
  const pageSql = `SELECT c."id" AS "id" ${from} WHERE ${whereSql} ORDER BY ${sortColumn[q.sort]} ${dir}${nulls}, c."id" ${dir} LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`;
  return { pageSql, pageParams: params, countSql, countParams, needle };
}

/** All matching claims in id order, a batch at a time (keyset paging: exports of any size, constant memory). */
export function buildClaimsKeysetSql(q: ClaimsQuery, dialect: Dialect, afterId: string | null, limit: number) {
  const { whereSql, params, p } = claimsWhere(q, dialect);
  const after = afterId === null ? "" : ` AND c."id" > ${p(afterId)}`;
  const sql = `SELECT c."id" AS "id" ${from} WHERE ${whereSql}${after} ORDER BY c."id" ASC LIMIT ${p(limit)}`;
  return { sql, params };
}

/** Claim text and statement, article titles and source aliases, all compared in normalized form. */
function searchClause(needle: string, dialect: Dialect, p: (v: unknown) => string): string {
  if (dialect === "postgresql") {
    const like = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    return `(c."searchText" LIKE ${p(like)} OR a."searchTitle" LIKE ${p(like)} OR EXISTS (SELECT 1 FROM "Attribution" t JOIN "SourceAlias" s ON s."sourceId" = t."sourceId" WHERE t."claimId" = c."id" AND s."key" LIKE ${p(like)}))`;
  }
  // The trigram index needs three characters; shorter needles scan.
  const claimMatch =
    [...needle].length >= 3
      ? `c."rowid" IN (SELECT rowid FROM "ClaimFts" WHERE "ClaimFts" MATCH ${p(`"${needle.replace(/"/g, '""')}"`)})`
      : `instr(c."searchText", ${p(needle)}) > 0`;
  return `(${claimMatch} OR instr(a."searchTitle", ${p(needle)}) > 0 OR EXISTS (SELECT 1 FROM "Attribution" t JOIN "SourceAlias" s ON s."sourceId" = t."sourceId" WHERE t."claimId" = c."id" AND instr(s."key", ${p(needle)}) > 0))`;
}
