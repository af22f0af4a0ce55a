import "server-only";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/db/env";
import { getHead } from "@/lib/history/data";
import { claimReviews } from "./claimreview";
import { csvChunk, csvHeader } from "./csv";
import { csvClaimBatches } from "./csv-data";
import { claimIdBatches, countScope, describeScope, EXPORT_BATCH, loadExportClaims, type ScopeInfo } from "./data";
import {
  linkIdsTouching,
  loadArticleRecords,
  loadClaimRecords,
  loadLinkRecords,
  loadSessionRecords,
  loadSourceRecords,
  loadUserRecords,
} from "./records-data";
import type { ExportClaim } from "./dto";
import { reportFontCss } from "./fonts";
import { chromiumPath, htmlToPdf, NO_CHROMIUM_MESSAGE } from "./pdf";
import { renderReport } from "./report";
import { contentTypes, EXPORT_FORMAT, EXPORT_VERSION, exportFileName, type ExportRequest, type ExportScope } from "./schema";

// One pipeline, several writers: resolve the scope, stream its claims from the database in
// batches, hand each batch to the format's writer.

export type ExportRefusal = "NOT_FOUND" | "EMPTY" | "NO_CHROMIUM";
export type PreparedExport =
  | { ok: true; fileName: string; contentType: string; claims: number; body: AsyncIterable<string | Uint8Array> }
  | { ok: false; reason: ExportRefusal; message: string };

export const EMPTY_MESSAGE = "Nothing to export: the scope holds no claims";

export async function prepareExport(db: Db, request: ExportRequest, now = new Date()): Promise<PreparedExport> {
  if (request.format === "pdf" && !chromiumPath()) return { ok: false, reason: "NO_CHROMIUM", message: NO_CHROMIUM_MESSAGE };
  const scope = await describeScope(db, request.scope);
  if (!scope.ok) return scope;
  const claims = await countScope(db, request.scope);
  if (claims === 0) return { ok: false, reason: "EMPTY", message: EMPTY_MESSAGE };
  const env = getEnv();
  const base = { ok: true as const, fileName: exportFileName(request, now), contentType: contentTypes[request.format], claims };
  switch (request.format) {
    case "csv":
      return { ...base, body: csvChunks(db, request.scope) };
    case "json":
      return { ...base, body: jsonChunks(db, request.scope, env.DESK_NAME, now) };
    case "claimreview": {
      const options = { deskName: env.DESK_NAME, publicBaseUrl: env.PUBLIC_BASE_URL };
      const nodes: unknown[] = [];
      for await (const batch of exportClaimBatches(db, request.scope)) nodes.push(...claimReviews(batch, options));
      if (nodes.length === 0)
        return { ok: false, reason: "EMPTY", message: "Nothing to export: no claim in this scope has a decided verdict" };
      return { ...base, body: once(`${JSON.stringify(nodes, null, 2)}\n`) };
    }
    case "html":
      return { ...base, body: once(await reportHtml(db, request.scope, scope.info, env.DESK_NAME, now)) };
    case "pdf": {
      const html = await reportHtml(db, request.scope, scope.info, env.DESK_NAME, now);
      return { ...base, body: once(await htmlToPdf(html, env.DESK_NAME)) };
    }
  }
}

async function* once(chunk: string | Uint8Array) {
  yield chunk;
}

async function* exportClaimBatches(db: Db, scope: ExportScope): AsyncGenerator<ExportClaim[]> {
  for await (const ids of claimIdBatches(db, scope)) yield loadExportClaims(db, ids);
}

async function* csvChunks(db: Db, scope: ExportScope) {
  yield csvHeader();
  for await (const batch of csvClaimBatches(db, scope)) yield csvChunk(batch);
}

export async function reportHtml(db: Db, scope: ExportScope, info: ScopeInfo, deskName: string, now: Date): Promise<string> {
  const claims: ExportClaim[] = [];
  for await (const batch of exportClaimBatches(db, scope)) claims.push(...batch);
  return renderReport({
    deskName,
    generatedAt: now.toISOString(),
    scope: info.report,
    head: await getHead(db),
    claims,
    session: info.session,
    fontCss: reportFontCss(),
  });
}

function chunks<T>(items: T[], size = EXPORT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function scopeRecord(scope: ExportScope) {
  if (scope.kind === "session") return { kind: "session", id: scope.sessionId };
  if (scope.kind === "article") return { kind: "article", id: scope.articleId };
  if (scope.kind === "query") return { kind: "query", query: scope.text };
  return { kind: "all" };
}

/**
 * The JSON document, written as it is read: claims first (streamed), then the articles, links,
 * sessions, sources and users they refer to (only their ids are kept while the claims stream).
 */
async function* jsonChunks(db: Db, scope: ExportScope, deskName: string, now: Date) {
  const head = await getHead(db);
  const opening = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    desk: deskName,
    scope: scopeRecord(scope),
    head,
  };
  yield `${JSON.stringify(opening).slice(0, -1)},\n"claims": [`;
  const articleIds = new Set<string>();
  const sourceIds = new Set<string>();
  const userIds = new Set<string>();
  const sessionIds = new Set<string>(scope.kind === "session" ? [scope.sessionId] : []);
  const linkIds = new Set<string>();
  let first = true;
  const item = (value: unknown) => {
    const text = `${first ? "" : ","}\n${JSON.stringify(value)}`;
    first = false;
    return text;
  };
  const user = (id: string | null) => id && userIds.add(id);
  for await (const ids of claimIdBatches(db, scope)) {
    const records = await loadClaimRecords(db, ids);
    for (const c of records) {
      articleIds.add(c.articleId);
      [c.createdById, c.updatedById].forEach(user);
      for (const a of c.attributions) for (const s of [a.sourceId, a.viaId]) if (s) sourceIds.add(s);
      for (const e of c.evidence) user(e.authorId);
      for (const d of c.decisions) {
        user(d.deciderId);
        if (d.sessionId) sessionIds.add(d.sessionId);
      }
    }
    for (const id of await linkIdsTouching(db, ids)) linkIds.add(id);
    yield records.map(item).join("");
  }
  yield `\n],\n"articles": [`;
  first = true;
  for (const ids of chunks([...articleIds].sort())) {
    const records = await loadArticleRecords(db, ids);
    for (const a of records) {
      if (a.outletId) sourceIds.add(a.outletId);
      user(a.createdById);
    }
    yield records.map(item).join("");
  }
  yield `\n],\n"links": [`;
  first = true;
  for (const ids of chunks([...linkIds].sort())) {
    const records = await loadLinkRecords(db, ids);
    for (const l of records) [l.proposedById, l.confirmedById].forEach(user);
    yield records.map(item).join("");
  }
  yield `\n],\n"sessions": [`;
  first = true;
  for (const ids of chunks([...sessionIds].sort())) {
    const records = await loadSessionRecords(db, ids);
    for (const s of records) {
      [s.createdById, s.signedOffById, ...s.participants.map((p) => p.userId), ...s.items.map((i) => i.decidedById)].forEach(
        user,
      );
    }
    yield records.map(item).join("");
  }
  yield `\n],\n"sources": [`;
  first = true;
  yield (await loadSourceRecords(db, sourceIds)).map(item).join("");
  yield `\n],\n"users": [`;
  first = true;
  for (const ids of chunks([...userIds].sort())) yield (await loadUserRecords(db, ids)).map(item).join("");
  yield `\n]\n}\n`;
}
