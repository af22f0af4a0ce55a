import "server-only";
// The full records of a JSON export: claims with their attributions, evidence and decisions, the
// articles with every revision, sources, links, sessions and the users they name.
import { readLinksTouching } from "@/lib/db/chunks";
import type { Db } from "@/lib/db/client";
import { EVIDENCE_COLUMNS, iso, isoOrNull } from "./data";
import type { ExportArticleRecord, ExportClaimRecord, ExportLinkRecord, ExportSessionRecord, ExportSourceRecord } from "./schema";

export async function loadClaimRecords(db: Db, ids: string[]): Promise<ExportClaimRecord[]> {
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    include: {
      attributions: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: EVIDENCE_COLUMNS },
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
