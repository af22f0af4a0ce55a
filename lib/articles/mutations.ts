import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { aliasKey } from "@/lib/sources/aliases";
import { suggestedAttributions } from "@/lib/sources/mutations";
import { ensureRegistry } from "@/lib/sources/registry-mutations";
import { reanchor } from "@/lib/text/anchor";
import { normalizeArabic } from "@/lib/text/normalize";
import { estimateOverlap, shingleOverlap, shingleSet, signatureBands } from "./shingles";
import { articleCreatedEvent } from "./events";
import { prepareArticle, type PreparedArticle } from "./prepare";
import type { ParsedArticleInput } from "./schema";

export type ImportResult =
  | { status: "created"; id: string; title: string; republishedFrom: string | null }
  | { status: "duplicate"; id: string; title: string }
  | { status: "revision"; id: string; title: string; reanchored: number; orphaned: number };

export const REPUBLISHED_THRESHOLD = 0.9;

/** Imports one article: idempotent on content, a new revision for a known URL or file name. */
export async function importArticle(db: Db, input: ParsedArticleInput, actor: Actor): Promise<ImportResult> {
  const prepared = prepareArticle(input);
  await ensureRegistry(db);
  const result = await db.$transaction(
    async (tx) => {
      const same = await tx.articleRevision.findFirst({
        where: { contentHash: prepared.contentHash },
        include: { article: true },
      });
      if (same) return { status: "duplicate" as const, id: same.articleId, title: same.article.title };
      const previous = await findPreviousVersion(tx, prepared);
      if (previous) return addRevision(tx, previous, prepared, actor);
      return createArticle(tx, prepared, actor);
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  if (result.status === "created") {
    const from = await flagRepublished(db, result.id, prepared, actor);
    return { ...result, republishedFrom: from };
  }
  return result;
}

async function findPreviousVersion(tx: Tx, p: PreparedArticle) {
  const or = [...(p.url ? [{ url: p.url }] : []), ...(p.fileName ? [{ fileName: p.fileName }] : [])];
  if (or.length === 0) return null;
  return tx.article.findFirst({ where: { OR: or, archivedAt: null }, orderBy: { createdAt: "asc" } });
}

export async function findOrCreateOutlet(tx: Tx, name: string, actor: Actor): Promise<string> {
  const key = aliasKey(name);
  const alias = await tx.sourceAlias.findFirst({ where: { key }, include: { source: true } });
  if (alias) return alias.source.mergedIntoId ?? alias.sourceId;
  const source = await tx.source.create({
    data: { name, kind: "outlet", reliability: "F", aliases: { create: { alias: name, key } } },
  });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: source.id,
    action: "create",
    changes: { name: [null, name], kind: [null, "outlet"] },
  });
  return source.id;
}

function revisionData(p: PreparedArticle, number: number) {
  return {
    number,
    text: p.text,
    contentHash: p.contentHash,
    searchText: p.searchText,
    shingles: p.signature.join(","),
    furniture: p.layout.furniture,
    headings: p.layout.headings,
  };
}

async function createArticle(tx: Tx, p: PreparedArticle, actor: Actor) {
  const outletId = p.outlet ? await findOrCreateOutlet(tx, p.outlet, actor) : null;
  const article = await tx.article.create({
    data: {
      title: p.title,
      searchTitle: normalizeArabic(p.title),
      titleDerived: p.titleDerived,
      outletId,
      url: p.url,
      fileName: p.fileName,
      publishedAt: p.published.date,
      datePrecision: p.published.precision,
      language: p.language,
      createdById: actor.id,
      revisions: { create: revisionData(p, 1) },
    },
    include: { revisions: true },
  });
  const revision = article.revisions[0];
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  await storeShingleBands(tx, [revision]);
  await createSuggestions(tx, article.id, revision.id, p);
  await appendEvent(tx, articleCreatedEvent(actor, article.id, p));
  return { status: "created" as const, id: article.id, title: p.title, republishedFrom: null };
}

async function createSuggestions(tx: Tx, articleId: string, revisionId: string, p: PreparedArticle) {
  if (p.suggestions.length === 0) return;
  const attributions = await suggestedAttributions(tx, p.text, p.suggestions);
  await tx.suggestion.createMany({
    data: p.suggestions.map((s, i) => ({
      articleId,
      revisionId,
      start: s.start,
      end: s.end,
      quote: s.quote,
      reasons: s.reasons,
      attribution: attributions[i],
    })),
  });
}

/** A corrected text: a new revision; claims are re-anchored or flagged orphaned, never silently moved. */
async function addRevision(
  tx: Tx,
  article: { id: string; title: string; currentRevisionId: string | null },
  p: PreparedArticle,
  actor: Actor,
) {
  const last = await tx.articleRevision.findFirst({ where: { articleId: article.id }, orderBy: { number: "desc" } });
  const revision = await tx.articleRevision.create({
    data: { articleId: article.id, ...revisionData(p, (last?.number ?? 0) + 1) },
  });
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id, version: { increment: 1 } } });
  await storeShingleBands(tx, [revision]);
  await appendEvent(tx, {
    actor,
    entityType: "article",
    entityId: article.id,
    action: "revise",
    changes: { revision: [last?.number ?? null, revision.number], contentHash: [last?.contentHash ?? null, p.contentHash] },
  });
  await createSuggestions(tx, article.id, revision.id, p);
  let reanchored = 0;
  let orphaned = 0;
  const claims = await tx.claim.findMany({ where: { articleId: article.id, archivedAt: null, anchorState: "anchored" } });
  for (const claim of claims) {
    const found = reanchor(claim, p.text);
    if (found) {
      const quote = [...p.text].slice(found.start, found.end).join("");
      const cps = [...p.text];
      const updated = await tx.claim.update({
        where: { id: claim.id },
        data: {
          revisionId: revision.id,
          start: found.start,
          end: found.end,
          quote,
          prefix: cps.slice(Math.max(0, found.start - 32), found.start).join(""),
          suffix: cps.slice(found.end, found.end + 32).join(""),
          version: { increment: 1 },
        },
      });
      await appendEvent(tx, {
        actor,
        entityType: "claim",
        entityId: claim.id,
        action: "reanchor",
        changes: {
          start: [claim.start, updated.start],
          end: [claim.end, updated.end],
          quote: [claim.quote, quote],
          method: [null, `${found.method} (${found.score.toFixed(2)})`],
        },
      });
      reanchored++;
    } else {
      await tx.claim.update({ where: { id: claim.id }, data: { anchorState: "orphaned", version: { increment: 1 } } });
      await appendEvent(tx, {
        actor,
        entityType: "claim",
        entityId: claim.id,
        action: "orphan",
        changes: { anchorState: ["anchored", "orphaned"] },
      });
      orphaned++;
    }
  }
  return { status: "revision" as const, id: article.id, title: article.title, reanchored, orphaned };
}

/** Flags a near-identical copy of an article from another outlet (MinHash pre-filter, exact check). */
async function flagRepublished(db: Db, articleId: string, p: PreparedArticle, actor: Actor): Promise<string | null> {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const candidates = await db.articleRevision.findMany({
    where: {
      articleId: { not: articleId },
      article: { archivedAt: null },
      bands: { some: { band: { in: signatureBands(p.signature) } } },
    },
    select: { articleId: true, shingles: true, article: { select: { outletId: true, createdAt: true } } },
  });
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    if (article.outletId && c.article.outletId === article.outletId) continue;
    const sig = c.shingles.split(",").map(Number);
    if (sig.length !== p.signature.length || estimateOverlap(p.signature, sig) < 0.5) continue;
    const other = await db.articleRevision.findFirst({ where: { articleId: c.articleId }, orderBy: { number: "desc" } });
    if (!other) continue;
    const score = shingleOverlap(shingleSet(p.searchText), shingleSet(other.searchText));
    if (score >= REPUBLISHED_THRESHOLD && (!best || score > best.score)) best = { id: c.articleId, score };
  }
  if (!best) return null;
  const found = best;
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { republishedFromId: found.id, republishedScore: found.score } });
    await appendEvent(tx, {
      actor,
      entityType: "article",
      entityId: articleId,
      action: "update",
      changes: { republishedFrom: [null, found.id], republishedScore: [null, Number(found.score.toFixed(3))] },
    });
  });
  return found.id;
}

/** The LSH bands of revisions (their stored MinHash signatures), for finding republished copies. */
export async function storeShingleBands(tx: Tx, revisions: Array<{ id: string; shingles: string }>) {
  const data = revisions.flatMap((r) =>
    r.shingles ? signatureBands(r.shingles.split(",").map(Number)).map((band) => ({ revisionId: r.id, band })) : [],
  );
  for (let i = 0; i < data.length; i += 2000) await tx.shingleBand.createMany({ data: data.slice(i, i + 2000) });
}

/** Bands for revisions stored before the band index existed (once, at start). */
export async function ensureShingleBands(db: Db) {
  for (;;) {
    const missing = await db.articleRevision.findMany({
      where: { bands: { none: {} }, shingles: { not: "" } },
      select: { id: true, shingles: true },
      take: 2000,
    });
    if (missing.length === 0) return;
    await db.$transaction((tx) => storeShingleBands(tx, missing), { timeout: 120_000 });
  }
}
