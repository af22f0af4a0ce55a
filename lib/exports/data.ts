import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import { providerOfClient, type Db } from "@/lib/db/client";
import { claimsQuerySchema, type ClaimsQuery } from "@/lib/claims/query";
import { buildClaimsKeysetSql, buildClaimsSql } from "@/lib/search/claims-sql";
import { countClaims } from "@/lib/search/data";
import type { ExportClaim, ExportLinkSide } from "./dto";
import type { ExportScope } from "./schema";
import type { ReportScope, ReportSession } from "./report";

// Two id lists of a batch go into one query (links by either end): stay under SQLite's 999 bound values.
export const EXPORT_BATCH = 400;

/** An evidence entry as exports carry it: everything but the file's bytes. */
export const EVIDENCE_COLUMNS = {
  id: true,
  kind: true,
  text: true,
  fileName: true,
  fileType: true,
  fileSize: true,
  fileSha256: true,
  authorId: true,
  createdAt: true,
} as const;

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export type ScopeInfo = { report: ReportScope; session: ReportSession | null };
export type ScopeCheck = { ok: true; info: ScopeInfo } | { ok: false; reason: "NOT_FOUND"; message: string };

async function userLabels(db: Db, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

/** Does the scope exist, and how does the report name it. */
export async function describeScope(db: Db, scope: ExportScope): Promise<ScopeCheck> {
  if (scope.kind === "all") return { ok: true, info: { report: { kind: "all", label: "All claims" }, session: null } };
  if (scope.kind === "query") return { ok: true, info: { report: { kind: "query", label: scope.text }, session: null } };
  if (scope.kind === "article") {
    const article = await db.article.findUnique({ where: { id: scope.articleId }, select: { title: true } });
    if (!article) return { ok: false, reason: "NOT_FOUND", message: "The article does not exist" };
    return { ok: true, info: { report: { kind: "article", label: article.title }, session: null } };
  }
  const s = await db.reviewSession.findUnique({ where: { id: scope.sessionId }, include: { participants: true } });
  if (!s) return { ok: false, reason: "NOT_FOUND", message: "The review session does not exist" };
  const labels = await userLabels(db, [s.createdById, s.signedOffById, ...s.participants.map((p) => p.userId)]);
  const label = (id: string) => labels.get(id) ?? id;
  return {
    ok: true,
    info: {
      report: { kind: "session", label: `${s.title} (${s.date})` },
      session: {
        id: s.id,
        title: s.title,
        date: s.date,
        status: s.status,
        createdBy: label(s.createdById),
        participants: s.participants.map((p) => label(p.userId)).sort(),
        signedOffAt: isoOrNull(s.signedOffAt),
        signedOffBy: s.signedOffById ? label(s.signedOffById) : null,
        signOffHead: s.signOffHeadSeq !== null && s.signOffHeadHash ? { seq: s.signOffHeadSeq, hash: s.signOffHeadHash } : null,
      },
    },
  };
}

export function scopeQuery(scope: ExportScope): ClaimsQuery | null {
  if (scope.kind === "session") return null;
  if (scope.kind === "query") return scope.query;
  return claimsQuerySchema.parse(scope.kind === "article" ? { article: scope.articleId } : {});
}

/**
 * The claim ids of a scope, a batch at a time, in id order (keyset paging: each batch is one
 * indexed range read, so any number of claims streams in constant memory).
 */
export async function* claimIdBatches(db: Db, scope: ExportScope, size = EXPORT_BATCH): AsyncGenerator<string[]> {
  let after: string | null = null;
  const query = scopeQuery(scope);
  const dialect = providerOfClient(db) ?? "sqlite";
  for (;;) {
    let ids: string[];
    if (scope.kind === "session") {
      const items = await db.sessionItem.findMany({
        where: { sessionId: scope.sessionId, ...(after === null ? {} : { claimId: { gt: after } }) },
        orderBy: { claimId: "asc" },
        take: size,
        select: { claimId: true },
      });
      ids = items.map((i) => i.claimId);
    } else {
      const sql = buildClaimsKeysetSql(query!, dialect, after, size);
      ids = (await db.$queryRawUnsafe<Array<{ id: string }>>(sql.sql, ...sql.params)).map((r) => r.id);
    }
    if (ids.length === 0) return;
    yield ids;
    if (ids.length < size) return;
    after = ids[ids.length - 1];
  }
}

/** How many claims a scope holds (for progress), without reading them. */
export async function countScope(db: Db, scope: ExportScope): Promise<number> {
  if (scope.kind === "session") return db.sessionItem.count({ where: { sessionId: scope.sessionId } });
  const { countSql, countParams } = buildClaimsSql(scopeQuery(scope)!, providerOfClient(db) ?? "sqlite");
  return countClaims(db, countSql, countParams);
}

// ── the readable claim (CSV, ClaimReview, report) ─────────────────────────────

const sourceRef = { select: { id: true, name: true, kind: true } } as const;

export async function loadExportClaims(db: Db, ids: string[]): Promise<ExportClaim[]> {
  if (ids.length === 0) return [];
  const [claims, links] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids } },
      include: {
        article: {
          select: {
            id: true,
            title: true,
            url: true,
            publishedAt: true,
            datePrecision: true,
            language: true,
            outlet: sourceRef,
          },
        },
        attributions: { orderBy: { position: "asc" }, include: { source: sourceRef, via: sourceRef } },
        evidence: { orderBy: { createdAt: "asc" }, select: EVIDENCE_COLUMNS },
        decisions: { orderBy: { createdAt: "asc" }, include: { session: { select: { id: true, title: true } } } },
      },
    }),
    readLinksTouching(ids, (side) =>
      db.claimLink.findMany({
        where: side,
        include: {
          a: { select: { id: true, quote: true, statement: true, article: { select: { title: true, language: true } } } },
          b: { select: { id: true, quote: true, statement: true, article: { select: { title: true, language: true } } } },
        },
      }),
    ),
  ]);
  links.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id));
  const labels = await userLabels(db, [
    ...claims.map((c) => c.updatedById),
    ...claims.flatMap((c) => c.evidence.map((e) => e.authorId)),
    ...claims.flatMap((c) => c.decisions.map((d) => d.deciderId)),
  ]);
  const label = (id: string) => labels.get(id) ?? id;
  const side = (c: (typeof links)[number]["a"]): ExportLinkSide => ({
    id: c.id,
    quote: c.quote,
    statement: c.statement,
    articleTitle: c.article.title,
    language: c.article.language,
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids
    .map((id) => byId.get(id))
    .filter((c): c is NonNullable<typeof c> => Boolean(c))
    .map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      quote: c.quote,
      statement: c.statement,
      verdict: c.verdict,
      status: c.status,
      anchorState: c.anchorState,
      sourcingStrength: c.sourcingStrength,
      note: c.decisions.at(-1)?.note ?? null,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
      updatedBy: c.updatedById ? label(c.updatedById) : null,
      article: c.article,
      attributions: c.attributions.map((a) => ({
        kind: a.kind,
        channel: a.channel,
        source: a.source,
        affiliation: a.affiliation,
        via: a.via,
        reliability: a.reliability,
        credibility: a.credibility,
        cue: a.cue,
      })),
      evidence: c.evidence.map((e) => ({ ...e, author: label(e.authorId), createdAt: iso(e.createdAt) })),
      decisions: c.decisions.map((d) => ({
        id: d.id,
        verdict: d.verdict,
        note: d.note,
        decider: label(d.deciderId),
        session: d.session,
        createdAt: iso(d.createdAt),
      })),
      links: links
        .filter((l) => l.aId === c.id || l.bId === c.id)
        .map((l) => ({
          id: l.id,
          type: l.type,
          status: l.status,
          proposedBy: l.proposedBy,
          resolutionNote: l.resolutionNote,
          other: side(l.aId === c.id ? l.b : l.a),
        })),
    }));
}
