// Builds the claims-list SQL for one provider: filtering, search, sorting and paging run in the
// database. Parameters are always bound, never spliced into the text.
import type { ClaimsQuery } from "@/lib/claims/query";
import { searchTerms, type SearchTerm } from "./terms";
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

/** Bound parameters in the dialect's placeholder style: `p(value)` appends it and returns its placeholder. */
export function sqlParams(dialect: Dialect) {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === "postgresql" ? `$${params.length}` : "?";
  };
  return { params, p };
}

/**
 * How a filter on related rows is written. A page walks the sort column's index and stops after the
 * page: `EXISTS` per claim lets it stop early. A count visits every match: `c.id IN (subquery)` reads
 * the related rows once, through their index, and checks each claim through (id, archivedAt).
 */
export type WhereForm = "page" | "count";

/** The WHERE clause of a claims query (filters and search), with its bound parameters. */
export function claimsWhere(q: ClaimsQuery, dialect: Dialect, form: WhereForm = "page") {
  const { params, p } = sqlParams(dialect);
  const inList = (values: string[]) => values.map((v) => p(v)).join(", ");
  const related = (table: string, column: string, condition: string) =>
    form === "count"
      ? `c."id" IN (SELECT x."${column}" FROM "${table}" x WHERE ${condition})`
      : `EXISTS (SELECT 1 FROM "${table}" x WHERE x."${column}" = c."id" AND ${condition})`;
  const where: string[] = [`c."archivedAt" IS NULL`];
  let article = false; // does the clause read the article's columns
  if (q.verdict?.length) where.push(`c."verdict" IN (${inList(q.verdict)})`);
  if (q.status?.length) where.push(`c."status" IN (${inList(q.status)})`);
  if (q.kind?.length) where.push(related("Attribution", "claimId", `x."kind" IN (${inList(q.kind)})`));
  if (q.article) where.push(`c."articleId" = ${p(q.article)}`);
  if (q.outlet) where.push(`a."outletId" = ${p(q.outlet)}`);
  if (q.source) where.push(related("Attribution", "claimId", `(x."sourceId" = ${p(q.source)} OR x."viaId" = ${p(q.source)})`));
  // A place filter matches claims of the place, or of any place in the region (see placeFilterKeys).
  if (q.place) where.push(related("ClaimFacet", "claimId", `x."key" IN (${inList(placeFilterKeys(q.place))})`));
  if (q.actor) where.push(related("ClaimFacet", "claimId", `x."key" = ${p(`a:${q.actor}`)}`));
  if (q.from) where.push(`a."publishedAt" >= ${p(q.from)}`);
  if (q.to) where.push(`a."publishedAt" <= ${p(`${q.to}\uffff`)}`);
  if (q.outlet || q.from || q.to) article = true;
  if (q.conflicts) {
    // One look-up per side, each through ((aId|bId), type, status); an OR inside one subquery scans.
    const side = (column: string) =>
      related("ClaimLink", column, `x."type" = 'contradicts' AND x."status" IN ('proposed', 'confirmed')`);
    const open = `(${side("aId")} OR ${side("bId")})`;
    where.push(q.conflicts === "open" ? open : `NOT ${open}`);
  }
  // Every term must match; control characters (NUL ends an FTS5 query string early) search as spaces.
  const terms = q.search ? searchTerms(q.search) : [];
  for (const term of terms) where.push(searchClause(term.text, dialect, p));
  return { whereSql: where.join(" AND "), params, p, terms, article };
}

export const claimsFrom = `FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"`;

export function buildClaimsSql(q: ClaimsQuery, dialect: Dialect) {
  const { whereSql, params, p, terms } = claimsWhere(q, dialect);
  const dir = q.order === "asc" ? "ASC" : "DESC";
  const nulls = q.sort === "published_at" ? ` NULLS LAST` : "";
  const pageSql = `SELECT c."id" AS "id" ${claimsFrom} WHERE ${whereSql} ORDER BY ${sortColumn[q.sort]} ${dir}${nulls}, c."id" ${dir} LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`;
  const count = claimsWhere(q, dialect, "count");
  // Every claim has its article: the join only matters when the clause reads the article.
  const countSql = `SELECT COUNT(*) AS "n" ${count.article ? claimsFrom : `FROM "Claim" c`} WHERE ${count.whereSql}`;
  return { pageSql, pageParams: params, countSql, countParams: count.params, terms };
}

/** All matching claims in id order, a batch at a time (keyset paging: exports of any size, constant memory). */
export function buildClaimsKeysetSql(q: ClaimsQuery, dialect: Dialect, afterId: string | null, limit: number) {
  const { whereSql, params, p } = claimsWhere(q, dialect);
  const after = afterId === null ? "" : ` AND c."id" > ${p(afterId)}`;
  const sql = `SELECT c."id" AS "id" ${claimsFrom} WHERE ${whereSql}${after} ORDER BY c."id" ASC LIMIT ${p(limit)}`;
  return { sql, params };
}

/**
 * One term (a stem or an exact phrase, both normalized) found as a substring: a stem is the common core
 * of its forms, so the substring indexes need no stemmed copy of the text (decision 0018).
 * Claim text and statement, article titles and source aliases, all compared in normalized form: three
 * sets of claim ids ORed, each read through an index (SQLite answers it as a union of index look-ups).
 */
function searchClause(needle: SearchTerm["text"], dialect: Dialect, p: (v: unknown) => string): string {
  const like = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const contains = (column: string) =>
    dialect === "postgresql" ? `${column} LIKE ${p(like)}` : `instr(${column}, ${p(needle)}) > 0`;
  // SQLite's trigram index needs three characters; shorter needles scan.
  const claimMatch =
    dialect === "sqlite" && [...needle].length >= 3
      ? `c."rowid" IN (SELECT rowid FROM "ClaimFts" WHERE "ClaimFts" MATCH ${p(`"${needle.replace(/"/g, '""')}"`)})`
      : contains(`c."searchText"`);
  const titles = `c."articleId" IN (SELECT ar."id" FROM "Article" ar WHERE ${contains(`ar."searchTitle"`)})`;
  // From the aliases (a few hundred) to their attributions by sourceId; SQLite's CROSS JOIN keeps that order.
  const join = dialect === "sqlite" ? `CROSS JOIN` : `JOIN`;
  const aliases = `c."id" IN (SELECT t."claimId" FROM "SourceAlias" s ${join} "Attribution" t ON t."sourceId" = s."sourceId" WHERE ${contains(`s."key"`)})`;
  return `(${claimMatch} OR ${titles} OR ${aliases})`;
}
