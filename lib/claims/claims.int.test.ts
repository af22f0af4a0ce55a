import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { getArticle } from "@/lib/articles/data";
import { listEvents, verifyChain } from "@/lib/history/data";
import { acceptSuggestion, archiveClaim, createClaim, editClaim, rejectSuggestion } from "./mutations";

const editor = { id: "u-editor", label: "editor@claimdesk.local" };
const text =
  "قالت مصادر محلية إن قوات التحالف الدولي انسحبت من قاعدة الشدادي في ريف الحسكة خلال شهر آذار 2025.\n\nوأكد المرصد السوري لحقوق الإنسان أن الدوريات المشتركة توقفت بشكل كامل 🙂 منذ منتصف الشهر.";
const at = (s: string) => [...text.slice(0, text.indexOf(s))].length;
const span = (s: string) => ({ start: at(s), end: at(s) + [...s].length });

afterAll(dropTemplates);

describe.each(testProviders())("claims on %s", (provider) => {
  let t: TestDb;
  let articleId: string;
  beforeEach(async () => {
    t = await freshDb(provider);
    articleId = (await importArticle(t.db, { text, title: "اختبار" }, { id: null, label: "test" })).id;
  });
  afterEach(() => t.close());

  it("creates an anchored claim and its history event in one transaction", async () => {
    const s = span("توقفت بشكل كامل 🙂 منذ");
    const result = await t.db.$transaction((tx) => createClaim(tx, { articleId, ...s, statement: "توقف الدوريات" }, editor));
    if (!result.ok) throw new Error(result.message);
    expect(result.claim.quote).toBe("توقفت بشكل كامل 🙂 منذ");
    expect(result.claim.prefix.endsWith("المشتركة ")).toBe(true);
    const { items } = await listEvents(t.db, { entityIds: [result.claim.id] });
    // newest first: the suggested attribution is recorded right after the claim
    expect(items.map((e) => e.action)).toEqual(["suggest", "create"]);
    expect(items[1]).toMatchObject({
      action: "create",
      actor: editor.label,
      changes: { quote: [null, "توقفت بشكل كامل 🙂 منذ"] },
    });
  });

  it("allows nested and overlapping claims but refuses an exact duplicate", async () => {
    const outer = span("قوات التحالف الدولي انسحبت من قاعدة الشدادي");
    const inner = span("انسحبت من قاعدة الشدادي");
    expect((await t.db.$transaction((tx) => createClaim(tx, { articleId, ...outer }, editor))).ok).toBe(true);
    expect((await t.db.$transaction((tx) => createClaim(tx, { articleId, ...inner }, editor))).ok).toBe(true);
    const dup = await t.db.$transaction((tx) => createClaim(tx, { articleId, ...inner }, editor));
    expect(dup).toMatchObject({ ok: false, reason: "DUPLICATE" });
    expect(await t.db.claim.count()).toBe(2);
  });

  it("leaves nothing behind when a claim is refused", async () => {
    const events = await t.db.reviewEvent.count();
    const bad = await t.db.$transaction((tx) => createClaim(tx, { articleId, start: 5, end: 5 }, editor));
    expect(bad).toMatchObject({ ok: false, reason: "EMPTY" });
    expect(await t.db.claim.count()).toBe(0);
    expect(await t.db.reviewEvent.count()).toBe(events);
  });

  it("accepts a suggestion once and remembers a rejection", async () => {
    const article = (await getArticle(t.db, articleId))!;
    expect(article.suggestions.length).toBeGreaterThanOrEqual(2);
    const [first, second] = article.suggestions;
    const accepted = await t.db.$transaction((tx) => acceptSuggestion(tx, first.id, editor));
    expect(accepted.ok).toBe(true);
    expect(await t.db.$transaction((tx) => acceptSuggestion(tx, first.id, editor))).toMatchObject({
      ok: false,
      reason: "ALREADY_ACCEPTED",
    });
    expect((await t.db.$transaction((tx) => rejectSuggestion(tx, second.id, editor))).ok).toBe(true);
    const after = (await getArticle(t.db, articleId))!;
    expect(after.suggestions.find((s) => s.id === second.id)?.state).toBe("rejected");
    expect(after.claims).toHaveLength(1);
  });

  it("refuses a stale edit and shows the current values", async () => {
    const created = await t.db.$transaction((tx) => createClaim(tx, { articleId, ...span("انسحبت من قاعدة الشدادي") }, editor));
    if (!created.ok) throw new Error(created.message);
    const first = await t.db.$transaction((tx) =>
      editClaim(tx, { claimId: created.claim.id, version: 1, statement: "انسحاب من الشدادي" }, editor),
    );
    expect(first).toMatchObject({ ok: true, claim: { version: 2 } });
    const stale = await t.db.$transaction((tx) =>
      editClaim(tx, { claimId: created.claim.id, version: 1, statement: "نص آخر" }, { id: "u2", label: "other" }),
    );
    expect(stale).toMatchObject({ ok: false, reason: "STALE", current: { statement: "انسحاب من الشدادي", version: 2 } });
    const archived = await t.db.$transaction((tx) => archiveClaim(tx, created.claim.id, 2, editor));
    expect(archived.ok).toBe(true);
    expect(await t.db.claim.count()).toBe(1); // archived, never erased
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
