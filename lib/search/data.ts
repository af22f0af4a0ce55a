import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import { providerOfClient, type Db } from "@/lib/db/client";
import type { ClaimsQuery } from "@/lib/claims/query";
import { buildClaimsSql } from "./claims-sql";
import { highlightRanges } from "./highlight";
import type { SearchTerm } from "./terms";

export type ClaimRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  statement: string | null;
  verdict: string;
  status: string;
  version: number;
  sourcingStrength: number;
  anchorState: string;
  attributions: Array<{ kind: string; reliability: string; credibility: number; source: { id: string; name: string } | null }>;
  openConflicts: number;
  session: { id: string; title: string } | null;
  article: { id: string; title: string; language: string; publishedAt: string | null; datePrecision: string };
  outlet: { id: string; name: string } | null;
  updatedAt: string;
  updatedBy: string | null;
  highlights: Array<{ start: number; end: number }>;
};

/** One page of claims: ids from provider SQL (filters, search, sort, paging), details through Prisma. */
export async function searchClaims(db: Db, q: ClaimsQuery) {
  const dialect = providerOfClient(db) ?? "sqlite";
  const sql = buildClaimsSql(q, dialect);
  const [ids, total] = await Promise.all([
    db.$queryRawUnsafe<Array<{ id: string }>>(sql.pageSql, ...sql.pageParams),
    countClaims(db, sql.countSql, sql.countParams),
  ]);
  const items = await claimRows(
    db,
    ids.map((r) => r.id),
    sql.terms,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

// Counts per client, keyed by the history head: every write appends an event, so a count is reused
// only while nothing has changed (paging through a filter, changing the sort) and is never stale.
const globalForCounts = globalThis as unknown as { claimdeskCounts?: WeakMap<object, Map<string, number>> };
const countsByClient = (globalForCounts.claimdeskCounts ??= new WeakMap());
const COUNTS_KEPT = 200;

export async function countClaims(db: Db, sql: string, params: unknown[]): Promise<number> {
  const head = await db.historyHead.findUnique({ where: { id: 1 }, select: { seq: true } });
  const key = `${head?.seq ?? 0}\u0000${sql}\u0000${JSON.stringify(params)}`;
  let counts = countsByClient.get(db);
  if (!counts) countsByClient.set(db, (counts = new Map()));
  const known = counts.get(key);
  if (known !== undefined) return known;
  const [row] = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(sql, ...params);
  const n = Number(row?.n ?? 0);
  if (counts.size >= COUNTS_KEPT) counts.delete(counts.keys().next().value!);
  counts.set(key, n);
  return n;
}

async function claimRows(db: Db, ids: string[], terms: SearchTerm[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  const [claims, links, items] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids } },
      include: {
        article: {
          select: {
            id: true,
            title: true,
            language: true,
            publishedAt: true,
            datePrecision: true,
            outlet: { select: { id: true, name: true } },
          },
        },
        attributions: { orderBy: { position: "asc" }, include: { source: { select: { id: true, name: true } } } },
      },
    }),
    readLinksTouching(ids, (side) =>
      db.claimLink.findMany({
        where: { type: "contradicts", status: { in: ["proposed", "confirmed"] }, ...side },
        select: { id: true, aId: true, bId: true },
      }),
    ),
    db.sessionItem.findMany({
      where: { claimId: { in: ids } },
      orderBy: { id: "desc" },
      select: { claimId: true, session: { select: { id: true, title: true } } },
    }),
  ]);
  const userIds = [...new Set(claims.map((c) => c.updatedById).filter((u): u is string => Boolean(u)))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })
    : [];
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const conflicts = new Map<string, number>();
  for (const l of links) for (const id of [l.aId, l.bId]) conflicts.set(id, (conflicts.get(id) ?? 0) + 1);
  const sessionOf = new Map<string, { id: string; title: string }>();
  for (const i of items) if (!sessionOf.has(i.claimId)) sessionOf.set(i.claimId, i.session);
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids
    .map((id) => byId.get(id))
    .filter((c): c is NonNullable<typeof c> => Boolean(c))
    .map((c) => ({
      id: c.id,
      articleId: c.articleId,
      start: c.start,
      end: c.end,
      quote: c.quote,
      statement: c.statement,
      verdict: c.verdict,
      status: c.status,
      version: c.version,
      sourcingStrength: c.sourcingStrength,
      anchorState: c.anchorState,
      attributions: c.attributions.map((a) => ({
        kind: a.kind,
        reliability: a.reliability,
        credibility: a.credibility,
        source: a.source,
      })),
      openConflicts: conflicts.get(c.id) ?? 0,
      session: sessionOf.get(c.id) ?? null,
      article: {
        id: c.article.id,
        title: c.article.title,
        language: c.article.language,
        publishedAt: c.article.publishedAt,
        datePrecision: c.article.datePrecision,
      },
      outlet: c.article.outlet,
      updatedAt: c.updatedAt.toISOString(),
      updatedBy: c.updatedById ? (emailOf.get(c.updatedById) ?? c.updatedById) : null,
      highlights: highlightRanges(c.quote, terms),
    }));
}
