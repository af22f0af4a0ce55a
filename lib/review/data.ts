import "server-only";
import type { Db } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import type { EventDto } from "@/lib/history/schema";
import { toClaimDto } from "@/lib/claims/dto";
import { paragraphAround } from "./context";
import type { SessionSummary } from "./rules";
import type { ClaimsQuery } from "@/lib/claims/query";
import { searchClaims } from "@/lib/search/data";
import { facetOptions } from "@/lib/links/data";

type Who = { id: string; label: string };

async function labels(db: Db, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  const users = wanted.length ? await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } }) : [];
  const map = new Map(users.map((u) => [u.id, u.email]));
  for (const id of wanted) if (!map.has(id)) map.set(id, id);
  return map;
}

// ── sessions ─────────────────────────────────────────────────────────────────

export type SessionListItem = {
  id: string;
  title: string;
  date: string;
  status: string;
  decided: number;
  total: number;
  participants: Who[];
};

export async function listSessions(db: Db, page = 1, pageSize = 50) {
  const [rows, total] = await Promise.all([
    db.reviewSession.findMany({
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { participants: true, items: { select: { verdict: true } } },
    }),
    db.reviewSession.count(),
  ]);
  const names = await labels(
    db,
    rows.flatMap((r) => r.participants.map((p) => p.userId)),
  );
  const items: SessionListItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    status: r.status,
    decided: r.items.filter((i) => i.verdict).length,
    total: r.items.length,
    participants: r.participants.map((p) => ({ id: p.userId, label: names.get(p.userId)! })),
  }));
  return { items, total, page, pageSize };
}

/** Sessions still open for decisions, newest first: the claims table's "add to session" choices. */
export async function openSessions(db: Db, limit = 100) {
  return db.reviewSession.findMany({
    where: { status: "open" },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: { id: true, title: true, date: true },
  });
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSession>>>;

export async function getSession(db: Db, id: string) {
  const s = await db.reviewSession.findUnique({
    where: { id },
    include: {
      participants: { orderBy: { joinedAt: "asc" } },
      items: {
        orderBy: { position: "asc" },
        include: { claim: { include: { article: { select: { id: true, title: true, language: true } } } } },
      },
    },
  });
  if (!s) return null;
  const names = await labels(db, [
    s.createdById,
    s.signedOffById,
    ...s.participants.map((p) => p.userId),
    ...s.items.map((i) => i.decidedById),
  ]);
  const signOff = await db.reviewEvent.findFirst({
    where: { entityType: "session", entityId: id, action: "sign_off" },
    orderBy: { seq: "desc" },
  });
  const summary =
    s.status === "signed_off" && signOff
      ? ((JSON.parse(signOff.changes) as { summary: [null, SessionSummary] }).summary[1] ?? null)
      : null;
  return {
    id: s.id,
    title: s.title,
    date: s.date,
    status: s.status,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    createdBy: names.get(s.createdById) ?? s.createdById,
    signedOffAt: s.signedOffAt?.toISOString() ?? null,
    signedOffBy: s.signedOffById ? names.get(s.signedOffById)! : null,
    signOffHead: s.signOffHeadSeq !== null && s.signOffHeadHash ? { seq: s.signOffHeadSeq, hash: s.signOffHeadHash } : null,
    summary,
    participants: s.participants.map((p) => ({ id: p.userId, label: names.get(p.userId)! })),
    items: s.items.map((i) => ({
      claimId: i.claimId,
      position: i.position,
      quote: i.claim.quote,
      statement: i.claim.statement,
      claimVerdict: i.claim.verdict,
      claimStatus: i.claim.status,
      article: i.claim.article,
      verdict: i.verdict,
      note: i.note,
      decidedBy: i.decidedById ? names.get(i.decidedById)! : null,
      decidedAt: i.decidedAt?.toISOString() ?? null,
    })),
  };
}

export async function getSessionHistory(db: Db, id: string): Promise<EventDto[]> {
  return (await listEvents(db, { sessionId: id }, 1, 2000)).items;
}

// ── filling the queue ────────────────────────────────────────────────────────

/** The choices of the queue filler's selects; the filter itself is the claims query. */
export async function queueFilterOptions(db: Db) {
  const [articles, outlets, facets] = await Promise.all([
    db.article.findMany({ where: { archivedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } }),
    db.source.findMany({ where: { articles: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    facetOptions(db),
  ]);
  return { articles, outlets, places: facets.places };
}

export type QueueCandidate = {
  id: string;
  quote: string;
  articleTitle: string;
  verdict: string;
  status: string;
  queued: boolean;
};

/** Claims matching a claims query (the table's filters, at most one page), marking those already in the session. */
export async function findQueueCandidates(db: Db, query: ClaimsQuery, sessionId: string): Promise<QueueCandidate[]> {
  const { items } = await searchClaims(db, query);
  const queued = await db.sessionItem.findMany({
    where: { sessionId, claimId: { in: items.map((c) => c.id) } },
    select: { claimId: true },
  });
  const inSession = new Set(queued.map((q) => q.claimId));
  return items.map((c) => ({
    id: c.id,
    quote: c.quote,
    articleTitle: c.article.title,
    verdict: c.verdict,
    status: c.status,
    queued: inSession.has(c.id),
  }));
}

// ── one claim with everything a reviewer needs ───────────────────────────────

export type ClaimReview = NonNullable<Awaited<ReturnType<typeof getClaimReview>>>;

export async function getClaimReview(db: Db, claimId: string) {
  const c = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      article: { select: { id: true, title: true, language: true } },
      revision: { select: { text: true } },
      attributions: {
        orderBy: { position: "asc" },
        include: { source: { select: { id: true, name: true } }, via: { select: { id: true, name: true } } },
      },
      linksA: { include: { b: { select: { id: true, quote: true, articleId: true } } } },
      linksB: { include: { a: { select: { id: true, quote: true, articleId: true } } } },
      evidence: { orderBy: { createdAt: "asc" }, omit: { fileData: true } },
      decisions: { orderBy: { createdAt: "desc" }, include: { session: { select: { id: true, title: true } } } },
      suggestion: { select: { id: true } },
    },
  });
  if (!c) return null;
  const names = await labels(db, [c.updatedById, ...c.evidence.map((e) => e.authorId), ...c.decisions.map((d) => d.deciderId)]);
  const links = [...c.linksA.map((l) => ({ ...l, other: l.b })), ...c.linksB.map((l) => ({ ...l, other: l.a }))].map((l) => ({
    id: l.id,
    type: l.type,
    status: l.status,
    resolutionNote: l.resolutionNote,
    other: l.other,
    openConflict: l.type === "contradicts" && (l.status === "proposed" || l.status === "confirmed"),
  }));
  const events = (
    await listEvents(
      db,
      { entityIds: [c.id, ...(c.suggestion ? [c.suggestion.id] : []), ...c.evidence.map((e) => e.id)] },
      1,
      200,
    )
  ).items;
  return {
    claim: toClaimDto(c),
    updatedBy: c.updatedById ? names.get(c.updatedById)! : null,
    article: c.article,
    context: c.anchorState === "anchored" ? paragraphAround(c.revision.text, c.start, c.end) : null,
    attributions: c.attributions.map((a) => ({
      id: a.id,
      kind: a.kind,
      channel: a.channel,
      source: a.source,
      affiliation: a.affiliation,
      via: a.via,
      reliability: a.reliability,
      credibility: a.credibility,
      cue: a.cue,
    })),
    links,
    evidence: c.evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      file: e.fileName ? { name: e.fileName, type: e.fileType, size: e.fileSize, sha256: e.fileSha256 } : null,
      author: names.get(e.authorId) ?? e.authorId,
      at: e.createdAt.toISOString(),
    })),
    decisions: c.decisions.map((d) => ({
      id: d.id,
      verdict: d.verdict,
      note: d.note,
      decider: names.get(d.deciderId) ?? d.deciderId,
      at: d.createdAt.toISOString(),
      session: d.session,
    })),
    events,
  };
}

export async function listEvidence(db: Db, claimId: string) {
  const review = await getClaimReview(db, claimId);
  return review?.evidence ?? null;
}

export async function getEvidenceFile(db: Db, id: string) {
  const e = await db.evidence.findUnique({ where: { id }, select: { fileName: true, fileType: true, fileData: true } });
  if (!e?.fileData || !e.fileName) return null;
  return { name: e.fileName, type: e.fileType ?? "application/octet-stream", bytes: new Uint8Array(e.fileData) };
}

/** Review mode: the queue, the progress and the claim at `index` (0-based, clamped). */
export async function getReviewPosition(db: Db, sessionId: string, index: number) {
  const session = await getSession(db, sessionId);
  if (!session) return null;
  const at = Math.min(Math.max(0, index), Math.max(0, session.items.length - 1));
  const item = session.items[at] ?? null;
  const review = item ? await getClaimReview(db, item.claimId) : null;
  return { session, index: at, item, review };
}

/** The ids whose events make up a claim's history: the claim, the suggestion it came from, its evidence, its links. */
export async function claimHistoryIds(db: Db, claimId: string): Promise<string[] | null> {
  const c = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      suggestion: { select: { id: true } },
      evidence: { select: { id: true } },
      linksA: { select: { id: true } },
      linksB: { select: { id: true } },
    },
  });
  if (!c) return null;
  const links = [...c.linksA, ...c.linksB].map((l) => l.id);
  return [c.id, ...(c.suggestion ? [c.suggestion.id] : []), ...c.evidence.map((e) => e.id), ...links];
}
