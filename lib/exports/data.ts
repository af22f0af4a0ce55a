import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import { providerOfClient, type Db } from "@/lib/db/client";
import { claimsQuerySchema, type ClaimsQuery } from "@/lib/claims/query";
import { buildClaimsKeysetSql, buildClaimsSql } from "@/lib/search/claims-sql";
import { countClaims } from "@/lib/search/data";
import type { ExportClaim, ExportLinkSide } from "./dto";
import type {
  ExportArticleRecord,
  ExportClaimRecord,
  ExportLinkRecord,
  ExportScope,
  ExportSessionRecord,
  ExportSourceRecord,
} from "./schema";
import type { ReportScope, ReportSession } from "./report";

// Two id lists of a batch go into one query (links by either end): stay under SQLite's 999 bound values.
export const EXPORT_BATCH = 400;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

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
        evidence: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            kind: true,
            text: true,
            fileName: true,
            fileType: true,
            fileSize: true,
            fileSha256: true,
            authorId: true,
            createdAt: true,
          },
        },
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

// ── the full records (JSON export) ─────────────────────────────────────────────

export async function loadClaimRecords(db: Db, ids: string[]): Promise<ExportClaimRecord[]> {
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    include: {
      attributions: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      evidence: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          text: true,
          fileName: true,
          fileType: true,
          fileSize: true,
          fileSha256: true,
          authorId: true,
          createdAt: true,
        },
      },
      decisions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  return claims.map((c) => ({
    id: c.id,
    articleId: c.articleId,
    revisionId: c.revisionId,
    start: c.start,
    end: c.end,
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    statement: c.statement,
    eventDate: c.eventDate,
    eventDatePrecision: c.eventDatePrecision,
    place: c.place,
    verdict: c.verdict,
    status: c.status,
    anchorState: c.anchorState,
    features: c.features ?? null,
    sourcingStrength: c.sourcingStrength,
    archivedAt: isoOrNull(c.archivedAt),
    version: c.version,
    createdById: c.createdById,
    updatedById: c.updatedById,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    attributions: c.attributions.map((a) => ({
      id: a.id,
      position: a.position,
      kind: a.kind,
      channel: a.channel,
      sourceId: a.sourceId,
      affiliation: a.affiliation,
      viaId: a.viaId,
      reliability: a.reliability,
      credibility: a.credibility,
      cue: a.cue,
      createdAt: iso(a.createdAt),
    })),
    evidence: c.evidence.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
    decisions: c.decisions.map((d) => ({
      id: d.id,
      sessionId: d.sessionId,
      verdict: d.verdict,
      note: d.note,
      deciderId: d.deciderId,
      createdAt: iso(d.createdAt),
    })),
  }));
}

export async function loadArticleRecords(db: Db, ids: string[]): Promise<ExportArticleRecord[]> {
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    include: { revisions: { orderBy: { number: "asc" } } },
  });
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    titleDerived: a.titleDerived,
    outletId: a.outletId,
    url: a.url,
    fileName: a.fileName,
    publishedAt: a.publishedAt,
    datePrecision: a.datePrecision,
    language: a.language,
    currentRevisionId: a.currentRevisionId,
    republishedFromId: a.republishedFromId,
    republishedScore: a.republishedScore,
    archivedAt: isoOrNull(a.archivedAt),
    version: a.version,
    createdById: a.createdById,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    revisions: a.revisions.map((r) => ({
      id: r.id,
      number: r.number,
      text: r.text,
      contentHash: r.contentHash,
      furniture: r.furniture,
      headings: r.headings,
      encoding: r.encoding,
      createdAt: iso(r.createdAt),
    })),
  }));
}

/** Sources by id, with the groups they belong to and the sources they were merged into. */
export async function loadSourceRecords(db: Db, ids: Iterable<string>): Promise<ExportSourceRecord[]> {
  const found = new Map<string, ExportSourceRecord>();
  let pending = [...new Set(ids)];
  while (pending.length > 0) {
    const rows = await db.source.findMany({
      where: { id: { in: pending } },
      include: { aliases: { orderBy: { key: "asc" }, select: { alias: true, key: true } } },
    });
    for (const s of rows)
      found.set(s.id, {
        id: s.id,
        name: s.name,
        kind: s.kind,
        reliability: s.reliability,
        memberOfId: s.memberOfId,
        mergedIntoId: s.mergedIntoId,
        version: s.version,
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
        aliases: s.aliases,
      });
    pending = [
      ...new Set(
        rows.flatMap((s) => [s.memberOfId, s.mergedIntoId]).filter((id): id is string => Boolean(id) && !found.has(id!)),
      ),
    ];
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export async function linkIdsTouching(db: Db, claimIds: string[]): Promise<string[]> {
  const links = await readLinksTouching(claimIds, (side) => db.claimLink.findMany({ where: side, select: { id: true } }));
  return links.map((l) => l.id);
}

export async function loadLinkRecords(db: Db, ids: string[]): Promise<ExportLinkRecord[]> {
  const links = await db.claimLink.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  return links.map((l) => ({
    id: l.id,
    aId: l.aId,
    bId: l.bId,
    type: l.type,
    status: l.status,
    proposedBy: l.proposedBy,
    proposedById: l.proposedById,
    score: l.score,
    reasons: l.reasons,
    resolutionNote: l.resolutionNote,
    confirmedById: l.confirmedById,
    version: l.version,
    createdAt: iso(l.createdAt),
    updatedAt: iso(l.updatedAt),
  }));
}

export async function loadSessionRecords(db: Db, ids: string[]): Promise<ExportSessionRecord[]> {
  const sessions = await db.reviewSession.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    include: { participants: { orderBy: { userId: "asc" } }, items: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    date: s.date,
    status: s.status,
    signedOffAt: isoOrNull(s.signedOffAt),
    signedOffById: s.signedOffById,
    signOffHeadSeq: s.signOffHeadSeq,
    signOffHeadHash: s.signOffHeadHash,
    createdById: s.createdById,
    version: s.version,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    participants: s.participants.map((p) => ({ userId: p.userId, joinedAt: iso(p.joinedAt) })),
    items: s.items.map((i) => ({
      id: i.id,
      claimId: i.claimId,
      position: i.position,
      verdict: i.verdict,
      note: i.note,
      skipped: i.skipped,
      decidedById: i.decidedById,
      decidedAt: isoOrNull(i.decidedAt),
    })),
  }));
}

export async function loadUserRecords(db: Db, ids: Iterable<string>) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.user.findMany({
    where: { id: { in: unique } },
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true },
  });
}
