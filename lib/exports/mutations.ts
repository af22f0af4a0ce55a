import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { appendEvent, appendEvents } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { storeShingleBands } from "@/lib/articles/mutations";
import { searchableText } from "@/lib/articles/prepare";
import { minhashSignature, shingleSet } from "@/lib/articles/shingles";
import { facetRows } from "@/lib/links/claim-features";
import type { ClaimFeatures } from "@/lib/links/types";
import { normalizeArabic } from "@/lib/text/normalize";
import { claimSearchText } from "@/lib/claims/mutations";
import type { Furniture } from "@/lib/text/furniture";
import { exportFileProblems, problemsMessage } from "./import-checks";
import { importedRecordEvents } from "./import-events";
import { EXPORT_FORMAT, type ExportDocument } from "./schema";

export type ExportImportResult =
  | {
      ok: true;
      counts: { sources: number; articles: number; claims: number; links: number; sessions: number; skippedLinks: number };
      head: { seq: number; hash: string };
    }
  | { ok: false; reason: "NOT_EMPTY" | "INVALID"; message: string };

const date = (s: string) => new Date(s);
const dateOrNull = (s: string | null) => (s ? new Date(s) : null);
const json = (v: unknown) => (v === null || v === undefined ? undefined : (v as object));

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

/**
 * Recreates the content of a Claimdesk export (ids kept) into an empty desk. The file must prove its
 * text (content hashes, quotes at their offsets); what it says was decided elsewhere is recorded as
 * imported — by the importing actor, naming the file's hash and the original deciders as data — and
 * its sessions' sign-off heads, which belong to the exporting desk's chain, are kept only as data.
 */
export async function importExportDocument(
  db: Db,
  doc: ExportDocument,
  actor: Actor,
  fileHash: string,
): Promise<ExportImportResult> {
  const problems = exportFileProblems(doc);
  if (problems.length > 0) return { ok: false, reason: "INVALID", message: problemsMessage(problems) };
  return db.$transaction((tx) => importInto(tx, doc, actor, fileHash), { timeout: 30 * 60_000, maxWait: 60_000 });
}

async function importInto(tx: Tx, doc: ExportDocument, actor: Actor, fileHash: string): Promise<ExportImportResult> {
  const articleIds = doc.articles.map((a) => a.id);
  const claimIds = doc.claims.map((c) => c.id);
  const articles = await tx.article.count();
  const claims = await tx.claim.count();
  if (articles + claims > 0)
    return {
      ok: false,
      reason: "NOT_EMPTY",
      message: `This desk already holds ${articles} articles and ${claims} claims: an export is imported into an empty database only`,
    };

  // Sources first (groups and merges wired once all exist); those already present are kept.
  const present = new Set<string>();
  await inChunks(
    doc.sources.map((s) => s.id),
    async (ids) => {
      for (const s of await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } })) present.add(s.id);
    },
  );
  const newSources = doc.sources.filter((s) => !present.has(s.id));
  await inChunks(newSources, (chunk) =>
    tx.source.createMany({
      data: chunk.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        reliability: s.reliability,
        version: s.version,
        createdAt: date(s.createdAt),
        updatedAt: date(s.updatedAt),
      })),
    }),
  );
  await inChunks(
    newSources.flatMap((s) => s.aliases.map((a) => ({ sourceId: s.id, alias: a.alias, key: a.key }))),
    (chunk) => tx.sourceAlias.createMany({ data: chunk }),
  );
  const sourceIds = new Set(doc.sources.map((s) => s.id));
  for (const s of newSources) {
    const memberOfId = s.memberOfId && sourceIds.has(s.memberOfId) ? s.memberOfId : null;
    const mergedIntoId = s.mergedIntoId && sourceIds.has(s.mergedIntoId) ? s.mergedIntoId : null;
    if (memberOfId || mergedIntoId)
      await tx.source.update({ where: { id: s.id }, data: { memberOfId, mergedIntoId, updatedAt: date(s.updatedAt) } });
  }

  await inChunks(doc.articles, (chunk) =>
    tx.article.createMany({
      data: chunk.map((a) => ({
        id: a.id,
        title: a.title,
        searchTitle: normalizeArabic(a.title),
        titleDerived: a.titleDerived,
        outletId: a.outletId,
        url: a.url,
        fileName: a.fileName,
        publishedAt: a.publishedAt,
        datePrecision: a.datePrecision,
        language: a.language,
        currentRevisionId: a.currentRevisionId,
        republishedScore: a.republishedScore,
        archivedAt: dateOrNull(a.archivedAt),
        version: a.version,
        createdById: a.createdById,
        createdAt: date(a.createdAt),
        updatedAt: date(a.updatedAt),
      })),
    }),
  );
  for (const a of doc.articles) {
    const searchTexts = a.revisions.map((r) => searchableText(r.text, { furniture: (r.furniture ?? []) as Furniture[] }));
    const signatures = searchTexts.map((t) => minhashSignature(shingleSet(t)).join(","));
    await tx.articleRevision.createMany({
      data: a.revisions.map((r, i) => ({
        id: r.id,
        articleId: a.id,
        number: r.number,
        text: r.text,
        contentHash: r.contentHash,
        searchText: searchTexts[i],
        shingles: signatures[i],
        furniture: (r.furniture ?? []) as object,
        headings: (r.headings ?? []) as object,
        encoding: r.encoding,
        createdAt: date(r.createdAt),
      })),
    });
    await storeShingleBands(
      tx,
      a.revisions.map((r, i) => ({ id: r.id, shingles: signatures[i] })),
    );
  }
  const inExport = new Set(articleIds);
  for (const a of doc.articles)
    if (a.republishedFromId && inExport.has(a.republishedFromId))
      await tx.article.update({
        where: { id: a.id },
        data: { republishedFromId: a.republishedFromId, updatedAt: date(a.updatedAt) },
      });

  await inChunks(doc.claims, (chunk) =>
    tx.claim.createMany({
      data: chunk.map((c) => ({
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
        searchText: claimSearchText(c.quote, c.statement),
        features: json(c.features),
        sourcingStrength: c.sourcingStrength,
        archivedAt: dateOrNull(c.archivedAt),
        version: c.version,
        createdById: c.createdById,
        updatedById: c.updatedById,
        createdAt: date(c.createdAt),
        updatedAt: date(c.updatedAt),
      })),
    }),
  );
  await inChunks(
    doc.claims.flatMap((c) => (c.features ? facetRows(c.id, c.features as ClaimFeatures) : [])),
    (chunk) => tx.claimFacet.createMany({ data: chunk }),
  );
  await inChunks(
    doc.claims.flatMap((c) => c.attributions.map((a) => ({ ...a, claimId: c.id, createdAt: date(a.createdAt) }))),
    (chunk) => tx.attribution.createMany({ data: chunk }),
  );
  await inChunks(
    doc.claims.flatMap((c) => c.evidence.map((e) => ({ ...e, claimId: c.id, createdAt: date(e.createdAt) }))),
    (chunk) => tx.evidence.createMany({ data: chunk }),
  );

  const claimSet = new Set(claimIds);
  const sessionIds = new Set<string>();
  for (const s of doc.sessions) {
    if (await tx.reviewSession.findUnique({ where: { id: s.id }, select: { id: true } })) {
      sessionIds.add(s.id);
      continue;
    }
    await tx.reviewSession.create({
      data: {
        id: s.id,
        title: s.title,
        date: s.date,
        status: s.status,
        signedOffAt: dateOrNull(s.signedOffAt),
        signedOffById: s.signedOffById,
        // The exported head points into the exporting desk's chain, not this one: kept in the event.
        signOffHeadSeq: null,
        signOffHeadHash: null,
        createdById: s.createdById,
        version: s.version,
        createdAt: date(s.createdAt),
        updatedAt: date(s.updatedAt),
      },
    });
    sessionIds.add(s.id);
    await tx.sessionParticipant.createMany({
      data: s.participants.map((p) => ({ sessionId: s.id, userId: p.userId, joinedAt: date(p.joinedAt) })),
    });
    await tx.sessionItem.createMany({
      data: s.items
        .filter((i) => claimSet.has(i.claimId))
        .map((i) => ({ ...i, sessionId: s.id, decidedAt: dateOrNull(i.decidedAt) })),
    });
  }
  await inChunks(
    doc.claims.flatMap((c) =>
      c.decisions.map((d) => ({
        ...d,
        sessionId: d.sessionId && sessionIds.has(d.sessionId) ? d.sessionId : null,
        claimId: c.id,
        createdAt: date(d.createdAt),
      })),
    ),
    (chunk) => tx.decision.createMany({ data: chunk }),
  );

  const links = doc.links.filter((l) => claimSet.has(l.aId) && claimSet.has(l.bId));
  await inChunks(links, (chunk) =>
    tx.claimLink.createMany({
      data: chunk.map((l) => ({
        ...l,
        reasons: (l.reasons ?? []) as object,
        createdAt: date(l.createdAt),
        updatedAt: date(l.updatedAt),
      })),
    }),
  );

  const counts = {
    sources: newSources.length,
    articles: doc.articles.length,
    claims: doc.claims.length,
    links: links.length,
    sessions: doc.sessions.length,
    skippedLinks: doc.links.length - links.length,
  };
  const head = await appendEvent(tx, {
    actor,
    entityType: "import",
    entityId: randomUUID(),
    action: "create",
    changes: {
      format: [null, EXPORT_FORMAT],
      exportedAt: [null, doc.exportedAt],
      exportedBy: [null, doc.desk],
      exportedHead: [null, doc.head],
      fileHash: [null, fileHash],
      ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, [null, v]])),
    },
  });
  const last = await appendEvents(tx, importedRecordEvents(doc, actor, fileHash));
  return { ok: true, counts, head: last ?? head };
}
