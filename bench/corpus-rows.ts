// The rows of one block of synthetic articles: each article prepared by the importer's own code
// (normalization, furniture, suggestions, shingles), ~10 claims anchored, analyzed and attributed
// the way the workbench does it, and a review session deciding part of them, with the history
// events all of that implies.
import { articleCreatedEvent } from "@/lib/articles/events";
import { prepareArticle } from "@/lib/articles/prepare";
import { signatureBands } from "@/lib/articles/shingles";
import type { Actor } from "@/lib/history/schema";
import { claimFeatures, facetRows } from "@/lib/links/claim-features";
import type { ClaimFeatures } from "@/lib/links/types";
import { DEFAULT_CREDIBILITY, DEFAULT_RELIABILITY, sourcingStrength } from "@/lib/sources/grading";
import type { AttributionKind } from "@/lib/sources/kinds";
import { makeAnchor } from "@/lib/text/anchor";
import { normalizeArabic } from "@/lib/text/normalize";
import type { SyntheticChain } from "./chain";
import { STORY_SIZE, syntheticArticle } from "./corpus-text";
import { seededRandom, type Random } from "./random";

export type CorpusContext = {
  rng: Random;
  seed: number;
  chain: SyntheticChain;
  editors: Actor[];
  /** Source ids by name: the registry and every outlet. */
  sourceIds: Map<string, string>;
  /** Running counter for ids. */
  next: () => string;
};

export type ClaimRecordLite = { id: string; articleId: string; features: ClaimFeatures };
type Row = Record<string, unknown>;
export type BlockRows = {
  articles: Row[];
  revisions: Row[];
  bands: Row[];
  claims: Row[];
  suggestions: Row[];
  attributions: Row[];
  facets: Row[];
  sessions: Row[];
  participants: Row[];
  items: Row[];
  decisions: Row[];
  records: ClaimRecordLite[];
};

const SUGGESTER: Actor = { id: null, label: "attribution suggester" };
const VERDICTS = ["corroborated", "contested", "false", "misleading", "unverifiable"] as const;

// What each attribution cue of corpus-text.ts stands for: its kind and, when named, its source.
const CUE_ATTRIBUTION: Array<{ kind: AttributionKind; source?: string | "outlet"; affiliation?: string }> = [
  { kind: "unattributed" },
  { kind: "anonymous", affiliation: "outlet" },
  { kind: "monitor_report", source: "المرصد السوري لحقوق الإنسان" },
  { kind: "correspondent", source: "outlet" },
  { kind: "anonymous" },
  { kind: "official_statement" },
  { kind: "media_report", source: "رويترز" },
  { kind: "anonymous", affiliation: "outlet" },
  { kind: "anonymous" },
];

export function emptyBlock(): BlockRows {
  return {
    articles: [],
    revisions: [],
    bands: [],
    claims: [],
    suggestions: [],
    attributions: [],
    facets: [],
    sessions: [],
    participants: [],
    items: [],
    decisions: [],
    records: [],
  };
}

/** One article and its claims into `block`; returns the claim ids picked for review. */
export function addArticle(ctx: CorpusContext, block: BlockRows, index: number, claimCount: number, sentenceCount?: number) {
  const { rng, chain } = ctx;
  const story = seededRandom(ctx.seed * 1_000_003 + Math.floor(index / STORY_SIZE));
  const a = syntheticArticle(rng, story, index, sentenceCount ? { claimSentences: sentenceCount } : {});
  const p = prepareArticle({ text: a.text, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt });
  const importer = rng.pick(ctx.editors);
  const articleId = `ba${ctx.next()}`;
  const revisionId = `br${ctx.next()}`;
  const outletId = ctx.sourceIds.get(a.outlet) ?? null;
  const createdAt = chain.now();
  block.articles.push({
    id: articleId,
    title: p.title,
    searchTitle: normalizeArabic(p.title),
    outletId,
    url: p.url,
    publishedAt: p.published.date,
    datePrecision: p.published.precision,
    language: p.language,
    currentRevisionId: revisionId,
    createdById: importer.id,
    createdAt,
    updatedAt: createdAt,
  });
  block.revisions.push({
    id: revisionId,
    articleId,
    number: 1,
    text: p.text,
    contentHash: p.contentHash,
    searchText: p.searchText,
    shingles: p.signature.join(","),
    furniture: p.layout.furniture,
    headings: p.layout.headings,
    createdAt,
  });
  for (const band of signatureBands(p.signature)) block.bands.push({ revisionId, band });
  chain.append(articleCreatedEvent(importer, articleId, p));
  const suggestionAt = new Map(p.suggestions.map((s) => [`${s.start}:${s.end}`, s]));
  const acceptedSpans = new Map<string, { id: string; claimId: string }>();

  const picked = pickSpans(rng, a.sentences.length, claimCount);
  const forReview: string[] = [];
  const ctxDate = { articleDate: p.published.date, articlePrecision: p.published.precision };
  for (const i of picked) {
    const span = a.sentences[i];
    const editor = rng.pick(ctx.editors);
    const claimId = `bc${ctx.next()}`;
    const anchor = makeAnchor(p.text, span.start, span.end);
    const features = claimFeatures(anchor.quote, [], ctxDate);
    const attribution = attributionFor(ctx, a.cues[i], a.outlet);
    const strength = sourcingStrength({ attributions: [attribution], independentOrigins: 1 });
    const at = chain.now();
    block.claims.push({
      id: claimId,
      articleId,
      revisionId,
      ...anchor,
      searchText: normalizeArabic(anchor.quote),
      features,
      sourcingStrength: strength,
      createdById: editor.id,
      updatedById: editor.id,
      createdAt: at,
      updatedAt: at,
    });
    block.records.push({ id: claimId, articleId, features });
    block.facets.push(...facetRows(claimId, features));
    block.attributions.push({ id: `bt${ctx.next()}`, claimId, position: 0, ...attribution });
    const suggestion = suggestionAt.get(`${span.start}:${span.end}`);
    const accepted = suggestion && rng.chance(0.5) ? { id: `bs${ctx.next()}`, claimId } : null;
    if (accepted) acceptedSpans.set(`${span.start}:${span.end}`, accepted);
    chain.append({
      actor: editor,
      entityType: "claim",
      entityId: claimId,
      action: "create",
      changes: {
        articleId: [null, articleId],
        start: [null, anchor.start],
        end: [null, anchor.end],
        quote: [null, anchor.quote],
        ...(accepted ? { suggestionId: [null, accepted.id] } : {}),
      },
    });
    chain.append({
      actor: SUGGESTER,
      entityType: "claim",
      entityId: claimId,
      action: "suggest",
      changes: { attributions: [null, [attribution]], sourcingStrength: [0, strength] },
    });
    if (accepted)
      chain.append({
        actor: editor,
        entityType: "suggestion",
        entityId: accepted.id,
        action: "accept",
        changes: { state: ["pending", "accepted"], claimId: [null, claimId] },
      });
    if (rng.chance(0.3)) forReview.push(claimId);
  }
  for (const s of p.suggestions) {
    const accepted = acceptedSpans.get(`${s.start}:${s.end}`);
    block.suggestions.push({
      id: accepted?.id ?? `bs${ctx.next()}`,
      articleId,
      revisionId,
      start: s.start,
      end: s.end,
      quote: s.quote,
      reasons: s.reasons,
      state: accepted ? "accepted" : "pending",
      claimId: accepted?.claimId ?? null,
      decidedById: accepted ? importer.id : null,
      decidedAt: accepted ? createdAt : null,
      createdAt,
    });
  }
  return forReview;
}

/** `count` distinct sentence indexes in reading order (all of them when there are fewer). */
function pickSpans(rng: Random, available: number, count: number): number[] {
  const all = Array.from({ length: available }, (_, i) => i);
  while (all.length > count) all.splice(rng.int(0, all.length - 1), 1);
  return all;
}

function attributionFor(ctx: CorpusContext, cue: number, outlet: string) {
  const spec = CUE_ATTRIBUTION[cue] ?? CUE_ATTRIBUTION[0];
  const sourceName = spec.source === "outlet" ? outlet : spec.source;
  return {
    kind: spec.kind,
    channel: null,
    sourceId: sourceName ? (ctx.sourceIds.get(sourceName) ?? null) : null,
    affiliation: spec.affiliation === "outlet" ? outlet : null,
    viaId: null,
    reliability: DEFAULT_RELIABILITY[spec.kind],
    credibility: DEFAULT_CREDIBILITY[spec.kind],
    cue: null,
  };
}

/** A review session over the claims picked in a block: queued, most decided, signed off unless it is the last. */
export function addSession(ctx: CorpusContext, block: BlockRows, number: number, claimIds: string[], signOff: boolean) {
  if (claimIds.length === 0) return;
  const { rng, chain } = ctx;
  const lead = ctx.editors[number % ctx.editors.length];
  const sessionId = `bv${ctx.next()}`;
  const createdAt = chain.now();
  const date = createdAt.toISOString().slice(0, 10);
  const title = `مراجعة أسبوعية ${number + 1}`;
  const participants = ctx.editors.slice(0, 2 + (number % (ctx.editors.length - 1)));
  chain.append({
    actor: lead,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "create",
    changes: { title: [null, title], date: [null, date], participants: [null, participants.map((u) => u.label).sort()] },
  });
  chain.append({
    actor: lead,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "update",
    changes: { queue: [0, claimIds.length], added: [null, claimIds] },
  });
  const claimById = new Map(block.claims.map((c) => [c.id as string, c]));
  const decided = new Map<string, number>();
  claimIds.forEach((claimId, position) => {
    const claim = claimById.get(claimId)!;
    const item: Row = { id: `bi${ctx.next()}`, sessionId, claimId, position: position + 1 };
    block.items.push(item);
    if (!rng.chance(0.8)) {
      claim.status = "in_review";
      return;
    }
    const decider = rng.pick(participants);
    const verdict = rng.pick(VERDICTS);
    const note = `راجعنا المصادر المتاحة حول هذا الادعاء (${position + 1})`;
    const at = new Date(chain.clock + 1000);
    Object.assign(claim, { verdict, status: "decided", version: 2, updatedById: decider.id, updatedAt: at });
    Object.assign(item, { verdict, note, decidedById: decider.id, decidedAt: at });
    block.decisions.push({ id: `bd${ctx.next()}`, claimId, sessionId, verdict, note, deciderId: decider.id, createdAt: at });
    decided.set(verdict, (decided.get(verdict) ?? 0) + 1);
    chain.append({
      actor: decider,
      sessionId,
      entityType: "claim",
      entityId: claimId,
      action: "decide",
      changes: { verdict: ["unverified", verdict], status: ["new", "decided"], note: [null, note] },
    });
  });
  const session: Row = { id: sessionId, title, date, createdById: lead.id, createdAt, updatedAt: chain.now() };
  block.sessions.push(session);
  for (const u of participants) block.participants.push({ sessionId, userId: u.id, joinedAt: createdAt });
  if (!signOff) return;
  const summary = { decided: Object.fromEntries([...decided].sort()), items: claimIds.length };
  const head = chain.append({
    actor: lead,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "sign_off",
    changes: { status: ["open", "signed_off"], summary: [null, summary] },
  });
  Object.assign(session, {
    status: "signed_off",
    signedOffAt: chain.now(),
    signedOffById: lead.id,
    signOffHeadSeq: head.seq,
    signOffHeadHash: head.hash,
    version: 2,
  });
}
