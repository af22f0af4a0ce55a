import "server-only";
// The CSV export's rows: one query selects exactly the columns of the file (attributions as a JSON
// array), the way a database shell would dump them. On SQLite the whole scope streams from one
// read-only snapshot; elsewhere it is read a keyset page at a time.
import { openSqliteReader, sqliteBatches } from "@/lib/db/bulk";
import { providerOfClient, type Db } from "@/lib/db/client";
import { claimsFrom, claimsWhere, sqlParams, type Dialect } from "@/lib/search/claims-sql";
import type { CsvClaim } from "./csv";
import { scopeQuery } from "./data";
import { openLinkStatuses } from "./dto";
import type { ExportScope } from "./schema";

const CSV_BATCH = 500;

type CsvSqlRow = {
  id: string;
  articleId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  quote: string;
  statement: string | null;
  attributions: string;
  sourcingStrength: number;
  verdict: string;
  status: string;
  openConflicts: number | bigint;
  updatedAt: Date | string;
  updatedBy: string | null;
};

function attributionsJson(dialect: Dialect): string {
  const fields = `'kind', t."kind", 'source', s."name", 'affiliation', t."affiliation", 'via', v."name", 'reliability', t."reliability", 'credibility', t."credibility"`;
  const from = `FROM "Attribution" t LEFT JOIN "Source" s ON s."id" = t."sourceId" LEFT JOIN "Source" v ON v."id" = t."viaId" WHERE t."claimId" = c."id"`;
  return dialect === "postgresql"
    ? `(SELECT coalesce(json_agg(json_build_object(${fields}) ORDER BY t."position"), '[]'::json)::text ${from})`
    : `(SELECT json_group_array(json_object(${fields}) ORDER BY t."position") ${from})`;
}

const openSide = (col: string) =>
  `(SELECT COUNT(*) FROM "ClaimLink" l WHERE l."${col}" = c."id" AND l."type" = 'contradicts' AND l."status" IN (${openLinkStatuses.map((s) => `'${s}'`).join(", ")}))`;

/** A session's claims, archived ones included, as its report lists them. */
function sessionWhere(sessionId: string, dialect: Dialect) {
  const { params, p } = sqlParams(dialect);
  return { whereSql: `c."id" IN (SELECT i."claimId" FROM "SessionItem" i WHERE i."sessionId" = ${p(sessionId)})`, params, p };
}

/** The CSV query of a scope, in claim id order; `afterId`/`limit` page it (keyset). */
export function csvSql(scope: ExportScope, dialect: Dialect, afterId: string | null, limit: number | null) {
  const where = scope.kind === "session" ? sessionWhere(scope.sessionId, dialect) : claimsWhere(scopeQuery(scope)!, dialect);
  const after = afterId === null ? "" : ` AND c."id" > ${where.p(afterId)}`;
  const page = limit === null ? "" : ` LIMIT ${where.p(limit)}`;
  const sql = `SELECT c."id", c."articleId", a."title",
    (SELECT o."name" FROM "Source" o WHERE o."id" = a."outletId") AS "outlet",
    a."publishedAt", c."quote", c."statement", ${attributionsJson(dialect)} AS "attributions",
    c."sourcingStrength", c."verdict", c."status", ${openSide("aId")} + ${openSide("bId")} AS "openConflicts",
    c."updatedAt", coalesce((SELECT u."email" FROM "User" u WHERE u."id" = c."updatedById"), c."updatedById") AS "updatedBy"
    ${claimsFrom} WHERE ${where.whereSql}${after} ORDER BY c."id" ASC${page}`;
  return { sql, params: where.params };
}

function toCsvClaim(r: CsvSqlRow): CsvClaim {
  return {
    id: r.id,
    quote: r.quote,
    statement: r.statement,
    sourcingStrength: Number(r.sourcingStrength),
    verdict: r.verdict,
    status: r.status,
    updatedAt: (r.updatedAt instanceof Date ? r.updatedAt : new Date(r.updatedAt)).toISOString(),
    updatedBy: r.updatedBy,
    article: {
      id: r.articleId,
      title: r.title,
      publishedAt: r.publishedAt,
      outlet: r.outlet === null ? null : { name: r.outlet },
    },
    attributions: (JSON.parse(r.attributions) as CsvClaim["attributions"] & Array<{ source: unknown; via: unknown }>).map(
      (a) => ({
        ...a,
        source: a.source === null ? null : { name: String(a.source) },
        via: a.via === null ? null : { name: String(a.via) },
      }),
    ),
    openConflicts: Number(r.openConflicts),
  };
}

/** The scope's CSV rows, a batch at a time. */
export async function* csvClaimBatches(db: Db, scope: ExportScope): AsyncGenerator<CsvClaim[]> {
  const reader = openSqliteReader(db);
  if (reader) {
    try {
      const { sql, params } = csvSql(scope, "sqlite", null, null);
      for (const batch of sqliteBatches<CsvSqlRow>(reader, sql, params, CSV_BATCH)) yield batch.map(toCsvClaim);
    } finally {
      reader.close();
    }
    return;
  }
  const dialect = providerOfClient(db) ?? "sqlite";
  for (let after: string | null = null; ;) {
    const { sql, params } = csvSql(scope, dialect, after, CSV_BATCH);
    const rows = await db.$queryRawUnsafe<CsvSqlRow[]>(sql, ...params);
    if (rows.length > 0) yield rows.map(toCsvClaim);
    if (rows.length < CSV_BATCH) return;
    after = rows[rows.length - 1].id;
  }
}
