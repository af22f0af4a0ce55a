import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { deskKnowledge } from "@/lib/knowledge/current";
import type { Knowledge } from "@/lib/knowledge/types";
import { storeClaimTerms } from "@/lib/matching/mutations";
import { readInChunks } from "@/lib/db/chunks";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { normalizeArabic } from "@/lib/text/normalize";
import { segmentSentences, sentencesAround } from "@/lib/text/segment";
import { refreshSourcingStrength } from "@/lib/sources/mutations";
import { claimFeatures, facetKeys, facetRows } from "./claim-features";
import { detectAll, detectForClaim } from "./detect";
import { addDays, NEAR_DAYS } from "./time";
import { claimRefSelect, pairKey, toLinkDto, type LinkDto } from "./dto";
import type { CreateLinkInput, LinkRefusal, LinkStatus, LinkTypeName, UpdateLinkInput } from "./schema";
import { proposedLinkEvent, proposedLinkRow } from "./proposals";
import { checkTransition } from "./transitions";
import type { ClaimFeatures, ClaimRecord, LinkProposal, Precision } from "./types";

export type LinkResult =
  { ok: true; link: LinkDto } | { ok: false; reason: LinkRefusal; message: string; current?: LinkDto; updatedBy?: string | null };

const refuse = (reason: LinkRefusal, message: string, current?: LinkDto, updatedBy?: string | null): LinkResult => ({
  ok: false,
  reason,
  message,
  ...(current ? { current } : {}),
  ...(updatedBy !== undefined ? { updatedBy } : {}),
});
const withClaims = { a: { select: claimRefSelect }, b: { select: claimRefSelect } } as const;

// ── features ────────────────────────────────────────────────────────────────

type FeatureSource = {
  quote: string;
  start: number;
  end: number;
  statement: string | null;
  text: string;
  publishedAt: string | null;
  datePrecision: string;
};

/** The sentences a span touches, the context its features may borrow from. */
function sentenceAround(text: string, start: number, end: number, sentences = sentencesAround(text, start, end)): string {
  return sentences
    .filter((s) => s.start < end && start < s.end)
    .map((s) => s.text)
    .join(" ");
}

function featuresOf(c: FeatureSource, knowledge: Knowledge, sentences?: ReturnType<typeof segmentSentences>): ClaimFeatures {
  const ctx = { articleDate: c.publishedAt, articlePrecision: (c.datePrecision || "unknown") as Precision, knowledge };
  const contexts = [sentenceAround(c.text, c.start, c.end, sentences), c.statement ?? ""];
  return claimFeatures(c.quote, contexts, ctx);
}

type Stored = { id: string; quote: string; statement: string | null };

async function storeFeatures(tx: Tx, claim: Stored, features: ClaimFeatures) {
  await tx.claim.update({ where: { id: claim.id }, data: { features: features as object } });
  await tx.claimFacet.deleteMany({ where: { claimId: claim.id } });
  const rows = facetRows(claim.id, features);
  if (rows.length > 0) await tx.claimFacet.createMany({ data: rows });
  await storeClaimTerms(tx, [{ ...claim, features }]);
}

// ── detection ───────────────────────────────────────────────────────────────

async function proposeLinks(tx: Tx, proposals: LinkProposal[]): Promise<number> {
  let created = 0;
  for (const p of proposals) {
    const link = await tx.claimLink.create({ data: proposedLinkRow(p) });
    await appendEvent(tx, proposedLinkEvent(link.id, p));
    created += 1;
  }
  await refreshCorroborated(tx, proposals);
  return created;
}

/** Corroboration counts towards sourcing strength: keep the stored strength of both sides in step. */
async function refreshCorroborated(tx: Tx, links: Array<{ type: string; a: string; b: string }>) {
  const ids = [...new Set(links.filter((l) => l.type === "corroborates").flatMap((l) => [l.a, l.b]))];
  for (let i = 0; i < ids.length; i += 400) await refreshSourcingStrength(tx, ids.slice(i, i + 400));
}

/**
 * Recomputes a claim's features and facets, then proposes links to the claims
 * that share a bucket with it. Runs in the caller's transaction, so a created
 * or edited claim answers with its proposals already stored. A pair that has
 * any link of the type already (dismissed ones included) is never proposed again.
 */
export async function refreshClaimLinks(tx: Tx, claimId: string): Promise<{ proposed: number }> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { article: { select: { publishedAt: true, datePrecision: true } }, revision: { select: { text: true } } },
  });
  const knowledge = await deskKnowledge(tx);
  const features = featuresOf(
    { ...claim, text: claim.revision.text, publishedAt: claim.article.publishedAt, datePrecision: claim.article.datePrecision },
    knowledge,
  );
  await storeFeatures(tx, claim, features);
  if (claim.archivedAt) return { proposed: 0 };

  const buckets = facetKeys(features).filter((k) => k.startsWith("b:"));
  if (buckets.length === 0) return { proposed: 0 };
  // Only claims whose time may overlap, give or take NEAR_DAYS (or is unknown), can be linked: read
  // those from the facet index.
  const when = features.time;
  const inBuckets = await tx.claimFacet.findMany({
    where: {
      key: { in: buckets },
      claimId: { not: claim.id },
      ...(when
        ? {
            OR: [
              { timeTo: null },
              { timeTo: { gte: addDays(when.from, -NEAR_DAYS) }, timeFrom: { lte: addDays(when.to, NEAR_DAYS) } },
            ],
          }
        : {}),
    },
    select: { claimId: true },
  });
  const candidates = await readInChunks([...new Set(inBuckets.map((f) => f.claimId))], (ids) =>
    tx.claim.findMany({
      where: { id: { in: ids }, archivedAt: null },
      select: { id: true, articleId: true, features: true, quote: true },
    }),
  );
  const existing = await tx.claimLink.findMany({
    where: { OR: [{ aId: claim.id }, { bId: claim.id }] },
    select: { aId: true, bId: true, type: true },
  });
  const taken = new Set(existing.map((l) => pairKey(l.aId, l.bId, l.type)));
  const record: ClaimRecord = { id: claim.id, articleId: claim.articleId, features };
  const quoteOf = new Map(candidates.map((c) => [c.id, c.quote]));
  const proposals = detectForClaim(record, candidates.filter(hasFeatures).map(toRecord), { dismissed: taken, knowledge })
    // a copy of the same words (republished wire copy) is the same claim, not a second source agreeing:
    // claim matching proposes it as the same event
    .filter((p) => p.type !== "corroborates" || !sameWords(claim.quote, quoteOf.get(p.a === claim.id ? p.b : p.a) ?? ""));
  return { proposed: await proposeLinks(tx, proposals) };
}

/** The same words, give or take punctuation, spelling variants and a few words around them. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    normalizeArabic(s)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && long.includes(short) && short.length >= 0.8 * long.length;
}

type FeatureRow = { id: string; articleId: string; features: unknown };
const hasFeatures = (c: FeatureRow) => c.features !== null && typeof c.features === "object";
const toRecord = (c: FeatureRow): ClaimRecord => ({ id: c.id, articleId: c.articleId, features: c.features as ClaimFeatures });

export type DetectionReport = {
  claims: number;
  featuresComputed: number;
  buckets: number;
  largestBucket: number;
  comparisons: number;
  found: { contradicts: number; corroborates: number };
  created: number;
  alreadyLinked: number;
  ms: { features: number; detect: number; write: number; total: number };
};

/**
 * Full detection over every claim: computes the features of claims that have
 * none (all of them with `refresh`), compares claims within their buckets, and
 * stores the new proposals. Existing links of a pair and type, dismissed ones
 * included, are left as they are.
 */
export async function detectAllLinks(
  db: Db,
  opts: { refresh?: boolean; batchSize?: number; onProgress?: (m: string) => void } = {},
): Promise<DetectionReport> {
  const t0 = performance.now();
  const batchSize = opts.batchSize ?? 500;
  const knowledge = await deskKnowledge(db);
  const records: ClaimRecord[] = [];
  const missing: string[] = [];
  for (let cursor: string | undefined; ;) {
    const rows = await db.claim.findMany({
      where: { archivedAt: null, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: 5000,
      select: { id: true, articleId: true, features: true },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    for (const r of rows) {
      if (hasFeatures(r) && !opts.refresh) records.push(toRecord(r));
      else missing.push(r.id);
    }
  }
  for (let i = 0; i < missing.length; i += batchSize) {
    const rows = await db.claim.findMany({
      where: { id: { in: missing.slice(i, i + batchSize) } },
      select: {
        id: true,
        articleId: true,
        quote: true,
        start: true,
        end: true,
        statement: true,
        revisionId: true,
        article: { select: { publishedAt: true, datePrecision: true } },
      },
    });
    const revisionIds = [...new Set(rows.map((r) => r.revisionId))];
    const revisions = await db.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, text: true } });
    const byId = new Map(revisions.map((r) => [r.id, { text: r.text, sentences: segmentSentences(r.text) }]));
    const computed = rows.map((r) => {
      const rev = byId.get(r.revisionId)!;
      const source = { ...r, text: rev.text, publishedAt: r.article.publishedAt, datePrecision: r.article.datePrecision };
      return {
        id: r.id,
        articleId: r.articleId,
        quote: r.quote,
        statement: r.statement,
        features: featuresOf(source, knowledge, rev.sentences),
      };
    });
    await db.$transaction(
      async (tx) => {
        for (const c of computed) await storeFeatures(tx, c, c.features);
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
    records.push(...computed);
    opts.onProgress?.(`features: ${Math.min(i + batchSize, missing.length)} of ${missing.length}`);
  }
  const featuresComputed = missing.length;
  const t1 = performance.now();

  const taken = new Set<string>();
  for (let cursor: string | undefined; ;) {
    const rows = await db.claimLink.findMany({
      where: cursor ? { id: { gt: cursor } } : {},
      orderBy: { id: "asc" },
      take: 5000,
      select: { id: true, aId: true, bId: true, type: true },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    for (const l of rows) taken.add(pairKey(l.aId, l.bId, l.type));
  }
  const sizes = bucketSizes(records);
  const all = detectAll(records, { knowledge });
  const fresh = all.filter((p) => !taken.has(pairKey(p.a, p.b, p.type)));
  const t2 = performance.now();

  let created = 0;
  for (let i = 0; i < fresh.length; i += 200) {
    const chunk = fresh.slice(i, i + 200);
    created += await db.$transaction((tx) => proposeLinks(tx, chunk), { timeout: 120_000, maxWait: 60_000 });
    opts.onProgress?.(`links: ${created} of ${fresh.length}`);
  }
  const t3 = performance.now();
  const round = (n: number) => Math.round(n);
  return {
    claims: records.length,
    featuresComputed,
    buckets: sizes.length,
    largestBucket: sizes.length ? Math.max(...sizes) : 0,
    comparisons: sizes.reduce((s, n) => s + (n * (n - 1)) / 2, 0),
    found: {
      contradicts: all.filter((p) => p.type === "contradicts").length,
      corroborates: all.filter((p) => p.type === "corroborates").length,
    },
    created,
    alreadyLinked: all.length - fresh.length,
    ms: { features: round(t1 - t0), detect: round(t2 - t1), write: round(t3 - t2), total: round(t3 - t0) },
  };
}

function bucketSizes(records: ClaimRecord[]): number[] {
  const sizes = new Map<string, number>();
  for (const r of records) for (const k of facetKeys(r.features)) if (k.startsWith("b:")) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  return [...sizes.values()];
}

// ── editors' links and decisions ────────────────────────────────────────────

/** An editor links two claims by hand: the link is confirmed by whoever makes it. */
export async function createLink(tx: Tx, input: CreateLinkInput, actor: Actor): Promise<LinkResult> {
  if (input.aId === input.bId) return refuse("SELF_LINK", "A claim cannot be linked to itself");
  const [aId, bId] = input.aId < input.bId ? [input.aId, input.bId] : [input.bId, input.aId];
  const claims = await tx.claim.findMany({ where: { id: { in: [aId, bId] } }, select: { id: true, archivedAt: true } });
  if (claims.length < 2) return refuse("NOT_FOUND", "One of the claims does not exist");
  if (claims.some((c) => c.archivedAt)) return refuse("ARCHIVED", "One of the claims is archived: restore it before linking");
  const existing = await tx.claimLink.findUnique({
    where: { aId_bId_type: { aId, bId, type: input.type } },
    include: withClaims,
  });
  if (existing)
    return refuse("DUPLICATE", `These claims already have a ${input.type} link (${existing.status})`, toLinkDto(existing));
  const reasons = input.note ? [input.note] : [];
  const link = await tx.claimLink.create({
    data: {
      aId,
      bId,
      type: input.type,
      status: "confirmed",
      proposedBy: "editor",
      proposedById: actor.id,
      confirmedById: actor.id,
      reasons,
    },
    include: withClaims,
  });
  await appendEvent(tx, {
    actor,
    entityType: "link",
    entityId: link.id,
    action: "create",
    changes: {
      aId: [null, aId],
      bId: [null, bId],
      type: [null, input.type],
      status: [null, "confirmed"],
      proposedBy: [null, "editor"],
      ...(input.note ? { reasons: [null, reasons] } : {}),
    },
  });
  await refreshCorroborated(tx, [{ type: input.type, a: aId, b: bId }]);
  return { ok: true, link: toLinkDto(link) };
}

/** Confirms, dismisses or resolves a link; refuses a stale version with the current values. */
export async function updateLink(tx: Tx, input: UpdateLinkInput, actor: Actor): Promise<LinkResult> {
  const link = await tx.claimLink.findUnique({ where: { id: input.linkId }, include: withClaims });
  if (!link) return refuse("NOT_FOUND", "The link does not exist");
  if (link.version !== input.version)
    return refuse(
      "STALE",
      "Someone changed this link since you opened it: review its current status and try again",
      toLinkDto(link),
      await lastEditorOf(tx, link.id),
    );
  const check = checkTransition(link.type as LinkTypeName, link.status as LinkStatus, input.status, input.resolutionNote);
  if (!check.ok) return refuse(check.reason, check.message);
  const note = input.status === "resolved" ? input.resolutionNote!.trim() : link.resolutionNote;
  const updated = await tx.claimLink.update({
    where: { id: link.id, version: link.version },
    data: {
      status: input.status,
      resolutionNote: note,
      ...(input.status === "confirmed" ? { confirmedById: actor.id } : {}),
      version: { increment: 1 },
    },
    include: withClaims,
  });
  await appendEvent(tx, {
    actor,
    entityType: "link",
    entityId: link.id,
    action: "update",
    changes: {
      status: [link.status, input.status],
      ...(note !== link.resolutionNote ? { resolutionNote: [link.resolutionNote, note] } : {}),
      ...(input.status === "confirmed" ? { confirmedBy: [null, actor.label] } : {}),
    },
  });
  await refreshCorroborated(tx, [{ type: link.type, a: link.aId, b: link.bId }]);
  return { ok: true, link: toLinkDto(updated) };
}

/** Who last changed a link (for STALE answers), from its history. */
async function lastEditorOf(tx: Tx, linkId: string): Promise<string | null> {
  const e = await tx.reviewEvent.findFirst({ where: { entityType: "link", entityId: linkId }, orderBy: { seq: "desc" } });
  return e?.actorLabel ?? null;
}
