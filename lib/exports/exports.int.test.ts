import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { seedFiles } from "@/lib/test/seeds";
import { importBatch } from "@/lib/articles/import-batch";
import { acceptSuggestion } from "@/lib/claims/mutations";
import { addEvidence } from "@/lib/review/evidence-mutations";
import { addToQueue, createSession, signOff } from "@/lib/review/session-mutations";
import { decide, patchClaim } from "@/lib/review/mutations";
import { createLink, updateLink } from "@/lib/links/mutations";
import { listEvents, verifyChain } from "@/lib/history/data";
import type { Actor } from "@/lib/history/schema";
import { csvRow } from "./csv";
import { loadExportClaims } from "./data";
import { openConflicts } from "./dto";
import { prepareExport, type PreparedExport } from "./pipeline";
import { importExportDocument } from "./mutations";
import { exportDocumentSchema, parseQueryScope, type ExportRequest } from "./schema";

afterAll(dropTemplates);

async function text(prepared: PreparedExport): Promise<string> {
  if (!prepared.ok) throw new Error(prepared.message);
  let out = "";
  const decoder = new TextDecoder();
  for await (const chunk of prepared.body) out += typeof chunk === "string" ? chunk : decoder.decode(chunk);
  return out;
}

/** The parts of an export that describe content (not when or by whom it was exported). */
function content(doc: Record<string, unknown>) {
  const { exportedAt: _a, head: _h, users: _u, ...rest } = doc;
  return rest;
}

describe.each(testProviders())("exports on %s", (provider) => {
  let t: TestDb;
  let editor: Actor;
  let claimIds: string[];
  let sessionId: string;
  let articleId: string;

  beforeEach(async () => {
    t = await freshDb(provider);
    await t.db.user.create({ data: { id: "editor", name: "Editor", email: "editor@claimdesk.local", role: "editor" } });
    editor = { id: "editor", label: "editor@claimdesk.local" };
    await importBatch(t.db, seedFiles(), editor);
    const suggestions = await t.db.suggestion.findMany({ orderBy: [{ articleId: "asc" }, { start: "asc" }], take: 6 });
    claimIds = [];
    for (const s of suggestions) {
      const r = await t.db.$transaction((tx) => acceptSuggestion(tx, s.id, editor));
      if (!r.ok) throw new Error(r.message);
      claimIds.push(r.claim.id);
    }
    articleId = suggestions[0].articleId;
    const version = async (id: string) => (await t.db.claim.findUniqueOrThrow({ where: { id } })).version;
    const patched = await t.db.$transaction((tx) =>
      patchClaim(tx, claimIds[0], { statement: '=HYPERLINK("http://x") <script>alert(1)</script>', version: 1 }, editor),
    );
    if (!patched.ok) throw new Error(patched.message);
    await t.db.$transaction((tx) =>
      addEvidence(tx, { claimId: claimIds[1], kind: "document", text: "تقرير المرصد" }, null, editor),
    );
    const created = await t.db.$transaction((tx) =>
      createSession(tx, { title: "جلسة الاثنين", date: "2025-11-30", participantIds: ["editor"] }, editor),
    );
    if (!created.ok) throw new Error(created.message);
    sessionId = created.sessionId;
    await t.db.$transaction((tx) => addToQueue(tx, sessionId, claimIds.slice(0, 3), editor));
    for (const [i, verdict] of (["false", "corroborated", "unverifiable"] as const).entries()) {
      const id = claimIds[i];
      const v = await version(id);
      const r = await t.db.$transaction((tx) =>
        decide(tx, { claimId: id, verdict, note: i === 0 ? "لا دليل" : undefined, version: v, sessionId }, editor),
      );
      if (!r.ok) throw new Error(r.message);
    }
    const link = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claimIds[0], bId: claimIds[3], type: "contradicts" }, editor),
    );
    if (!link.ok) throw new Error(link.message);
    const resolved = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.link.id, status: "resolved", resolutionNote: "different dates", version: 1 }, editor),
    );
    if (!resolved.ok) throw new Error(resolved.message);
    const session = await t.db.reviewSession.findUniqueOrThrow({ where: { id: sessionId } });
    const signed = await t.db.$transaction((tx) => signOff(tx, sessionId, session.version, editor));
    if (!signed.ok) throw new Error(signed.message);
  });
  afterEach(() => t.close());

  const run = (request: ExportRequest) => prepareExport(t.db, request, new Date("2025-12-01T08:00:00Z"));

  it("writes a CSV that reads back with Arabic text and neutralized formulas", async () => {
    const csv = await text(await run({ format: "csv", scope: { kind: "all" } }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(claimIds.length);
    const first = rows.find((r) => r.id === claimIds[0])!;
    expect(first.statement).toBe('\'=HYPERLINK("http://x") <script>alert(1)</script>');
    expect(first.quote).toMatch(/[\u0600-\u06FF]/);
    expect(first.verdict).toBe("false");
    expect(rows.find((r) => r.id === claimIds[1])!.verdict).toBe("corroborated");
  });

  it("writes each CSV row as the report reads the claim: sources, grades, open conflicts, who changed it", async () => {
    const open = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claimIds[1], bId: claimIds[4], type: "contradicts" }, editor),
    );
    if (!open.ok) throw new Error(open.message);
    const rows = parse(await text(await run({ format: "csv", scope: { kind: "all" } })), {
      bom: true,
      columns: false,
    }) as string[][];
    const ids = rows.slice(1).map((r) => r[0]);
    const expected = (await loadExportClaims(t.db, ids)).map((c) => csvRow({ ...c, openConflicts: openConflicts(c).length }));
    // The file neutralizes formulas; the expected rows are the raw values.
    expect(rows.slice(1).map((r) => r.map((v) => v.replace(/^'(?=[=+\-@\t\r])/, "")))).toEqual(expected);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get(claimIds[1])![13]).toBe("1");
    expect(byId.get(claimIds[0])![13]).toBe("0"); // its contradiction was resolved
    expect(byId.get(claimIds[0])![15]).toBe("editor@claimdesk.local");
  });

  it("exports a session, an article and a claims query, and refuses empty or unknown scopes", async () => {
    const session = await run({ format: "csv", scope: { kind: "session", sessionId } });
    expect(session.ok && session.claims).toBe(3);
    const article = await run({ format: "csv", scope: { kind: "article", articleId } });
    expect(article.ok && article.claims).toBe(await t.db.claim.count({ where: { articleId } }));
    const scope = parseQueryScope("verdict=false&page=9");
    if (!scope.ok) throw new Error("query");
    const query = await run({ format: "csv", scope: scope.scope });
    expect(query.ok && query.claims).toBe(1);
    const none = parseQueryScope("verdict=misleading");
    if (!none.ok) throw new Error("query");
    expect(await run({ format: "csv", scope: none.scope })).toMatchObject({ ok: false, reason: "EMPTY" });
    expect(await run({ format: "html", scope: { kind: "session", sessionId: "nope" } })).toMatchObject({
      ok: false,
      reason: "NOT_FOUND",
    });
  });

  it("writes ClaimReview for decided claims only", async () => {
    const reviews = JSON.parse(await text(await run({ format: "claimreview", scope: { kind: "all" } }))) as Array<
      Record<string, unknown>
    >;
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r) => r["@type"] === "ClaimReview")).toBe(true);
  });

  it("writes an HTML report with the session, escaped text and the history head", async () => {
    const html = await text(await run({ format: "html", scope: { kind: "session", sessionId } }));
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("جلسة الاثنين");
    expect(html).toContain("different dates");
    expect(html).toContain("font/woff2;base64,");
    const head = await t.db.historyHead.findUniqueOrThrow({ where: { id: 1 } });
    expect(html).toContain(head.hash);
  });

  async function exportDoc() {
    const raw = JSON.parse(await text(await run({ format: "json", scope: { kind: "all" } })));
    return { raw, doc: exportDocumentSchema.parse(raw) };
  }
  const importer: Actor = { id: null, label: "import test" };
  const FILE_HASH = "f".repeat(64);

  it("round-trips the JSON export into an empty database, recording its decisions as imported", async () => {
    const { raw: first, doc } = await exportDoc();
    expect(doc.format).toBe("claimdesk-export");
    expect(doc.claims).toHaveLength(claimIds.length);
    expect(doc.links).toHaveLength(1);
    expect(doc.sessions).toHaveLength(1);
    expect(doc.sessions[0].signOffHeadHash).not.toBeNull();
    expect(doc.claims.some((c) => c.attributions.length > 0)).toBe(true);
    const target = await freshDb(provider);
    try {
      const imported = await importExportDocument(target.db, doc, importer, FILE_HASH);
      expect(imported).toMatchObject({ ok: true, counts: { claims: claimIds.length, links: 1, sessions: 1 } });
      const again = JSON.parse(
        await text(await prepareExport(target.db, { format: "json", scope: { kind: "all" } }, new Date("2025-12-02T08:00:00Z"))),
      );
      // Everything but the sign-off head, which pointed into the exporting desk's chain.
      const withoutHead = (d: Record<string, unknown>) => ({
        ...content(d),
        sessions: (d.sessions as Record<string, unknown>[]).map(({ signOffHeadSeq: _s, signOffHeadHash: _h, ...x }) => x),
      });
      expect(withoutHead(again)).toEqual(withoutHead(first));
      expect(again.sessions[0].signOffHeadHash).toBeNull();

      const imports = await listEvents(target.db, { entityType: "import" });
      expect(imports.items).toHaveLength(1);
      expect(imports.items[0].changes.format).toEqual([null, "claimdesk-export"]);
      expect(imports.items[0].changes.fileHash).toEqual([null, FILE_HASH]);

      // The claim decided "false" by the editor elsewhere: here an import by the importer, the editor as data.
      const claimEvents = await listEvents(target.db, { entityType: "claim", entityIds: [claimIds[0]] });
      expect(claimEvents.items.map((e) => [e.action, e.actor])).toEqual([["import", "import test"]]);
      const decisions = claimEvents.items[0].changes.importedDecisions[1] as { verdict: string; decidedBy: unknown }[];
      expect(decisions).toEqual([expect.objectContaining({ verdict: "false", decidedBy: { id: "editor", name: "Editor" } })]);
      const sessionEvents = await listEvents(target.db, { entityType: "session", entityIds: [sessionId] });
      expect(sessionEvents.items[0].action).toBe("import");
      expect(sessionEvents.items[0].changes.exportedSignOffHead[1]).toEqual({
        seq: doc.sessions[0].signOffHeadSeq,
        hash: doc.sessions[0].signOffHeadHash,
      });
      expect((await verifyChain(target.db)).ok).toBe(true);

      const twice = await importExportDocument(target.db, doc, importer, FILE_HASH);
      expect(twice).toMatchObject({ ok: false, reason: "NOT_EMPTY" });
    } finally {
      await target.close();
    }
  });

  it("refuses a file whose text or quotes were edited, and imports nothing", async () => {
    const { doc } = await exportDoc();
    const forgedQuote = structuredClone(doc);
    forgedQuote.claims[0].quote = "قالت مصادر إن القوات انسحبت بالكامل";
    const forgedText = structuredClone(doc);
    forgedText.articles[0].revisions[0].text += " وأضاف المصدر أن الحصيلة ارتفعت.";
    const target = await freshDb(provider);
    try {
      const quote = await importExportDocument(target.db, forgedQuote, importer, FILE_HASH);
      expect(quote).toMatchObject({ ok: false, reason: "INVALID" });
      expect(quote.ok || quote.message).toContain(`claim ${doc.claims[0].id}: its quote is not the text`);
      const textResult = await importExportDocument(target.db, forgedText, importer, FILE_HASH);
      expect(textResult.ok || textResult.message).toContain("does not match its content hash");
      expect(await target.db.article.count()).toBe(0);
      expect(await target.db.reviewEvent.count()).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("refuses to import into a desk that already holds articles", async () => {
    const { doc } = await exportDoc();
    const before = await t.db.reviewEvent.count();
    const result = await importExportDocument(t.db, doc, importer, FILE_HASH);
    expect(result).toMatchObject({ ok: false, reason: "NOT_EMPTY" });
    expect(await t.db.reviewEvent.count()).toBe(before);
  });
});
