import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { seedFiles, seedText } from "@/lib/test/seeds";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { verifyChain } from "@/lib/history/data";
import { createClaim } from "@/lib/claims/mutations";
import { importBatch } from "./import-batch";
import { importArticle } from "./mutations";
import { getArticle, listArticles } from "./data";
import { sha256 } from "./prepare";

const actor = { id: null, label: "test" };
const enc = (s: string) => new TextEncoder().encode(s);

afterAll(dropTemplates);

describe.each(testProviders())("importing articles on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => (t = await freshDb(provider)));
  afterEach(() => t.close());

  it("imports the sample corpus with its catalog, keeping missing metadata missing", async () => {
    const { summary } = await importBatch(t.db, seedFiles(), SYSTEM_ACTOR);
    expect(summary).toEqual({ imported: 5, duplicates: 0, revisions: 0, refused: 0 });
    const { items } = await listArticles(t.db, 1, 50);
    expect(items.map((a) => a.outlet?.name ?? null)).toEqual(["المدن", "عنب بلدي", "شبكة الصحافة الحرة", "هاشتاغ", null]);
    const hashtag = items.find((a) => a.file?.startsWith("003_"))!;
    expect(hashtag).toMatchObject({ publishedAt: "2025-07-04", datePrecision: "day" });
    // the list's search matches title words by stem: "التحالف" finds a title that says only "للتحالف"
    const coalition = await listArticles(t.db, 1, 50, "التحالف");
    expect(coalition.items.some((a) => a.title.includes("للتحالف") && !a.title.includes("التحالف"))).toBe(true);
    expect(coalition.items.every((a) => a.title.includes("تحالف"))).toBe(true);
    expect(coalition.total).toBeLessThan(items.length);
    expect((await listArticles(t.db, 1, 50, "الوزارة الفرنسية")).total).toBe(0);
    expect(items.find((a) => a.file?.startsWith("004_"))).toMatchObject({ publishedAt: null, datePrecision: "unknown" });
    const detail = (await getArticle(t.db, hashtag.id))!;
    // stored text: NFC, LF, nothing else changed — the broken words stay broken
    expect(detail.text).toBe(
      seedText("003_")
        .normalize("NFC")
        .replace(/\r\n?/g, "\n")
        .replace(/^\uFEFF/, ""),
    );
    expect(detail.contentHash).toBe(sha256(detail.text));
    expect(detail.furniture.length).toBeGreaterThan(5);
    expect(detail.suggestions.length).toBeGreaterThan(5);
  });

  it("is idempotent: a second import reports duplicates and changes nothing", async () => {
    await importBatch(t.db, seedFiles(), SYSTEM_ACTOR);
    const events = await t.db.reviewEvent.count();
    const again = await importBatch(t.db, seedFiles(), SYSTEM_ACTOR);
    expect(again.summary).toEqual({ imported: 0, duplicates: 5, revisions: 0, refused: 0 });
    expect(await t.db.article.count()).toBe(5);
    expect(await t.db.reviewEvent.count()).toBe(events);
  });

  it("refuses bad files with a clear message and still imports the rest", async () => {
    const { outcomes, summary } = await importBatch(
      t.db,
      [
        { fileName: "empty.txt", bytes: enc("  \n ") },
        { fileName: "binary.txt", bytes: new Uint8Array([0, 1, 2, 0, 0, 7, 8, 0]) },
        { fileName: "huge.txt", bytes: new Uint8Array(2 * 1024 * 1024 + 10).fill(0x41) },
        { fileName: "ok.txt", bytes: enc("قال مصدر إن قوات التحالف انسحبت من قاعدة الشدادي.") },
      ],
      actor,
    );
    expect(summary).toEqual({ imported: 1, duplicates: 0, revisions: 0, refused: 3 });
    for (const o of outcomes.filter((o) => o.status === "refused"))
      expect((o as { message: string }).message.length).toBeGreaterThan(10);
    expect(await t.db.article.count()).toBe(1);
  });

  it("leaves out the text an HTML page hides from its readers and says how many passages", async () => {
    const page = [
      "<html lang='ar'><body><h1>انسحاب من بارا</h1>",
      "<p>قالت مصادر محلية إن قوات الدعم السريع انسحبت من مدينة بارا.</p>",
      '<div style="display:none">بارا الأبيض كردفان الدعم السريع أخبار عاجلة</div>',
      '<p aria-hidden="true">اقرأ أيضا</p></body></html>',
    ].join("");
    const { outcomes } = await importBatch(t.db, [{ fileName: "bara.html", bytes: enc(page) }], actor);
    expect(outcomes[0]).toMatchObject({ status: "created", hiddenLeftOut: 2 });
    const revision = await t.db.articleRevision.findFirstOrThrow();
    expect(revision.text).toBe("انسحاب من بارا\n\nقالت مصادر محلية إن قوات الدعم السريع انسحبت من مدينة بارا.");
  });

  it("reports a broken catalog.json with its line and imports the files anyway", async () => {
    const { summary, catalogProblems } = await importBatch(
      t.db,
      [
        { fileName: "catalog.json", bytes: enc('{\n  "articles": [\n    { "file": "a.txt", }\n  ]\n}') },
        { fileName: "a.txt", bytes: enc("أعلنت وزارة الدفاع وصول تعزيزات إلى دير الزور.") },
      ],
      actor,
    );
    expect(summary.imported).toBe(1);
    expect(catalogProblems[0]).toMatch(/line 3/);
  });

  it("stores a corrected text as a revision: claims are re-anchored or flagged orphaned", async () => {
    const v1 =
      "خبر عاجل\n\nقال مصدر مطلع إن التحالف الدولي سلّم ثلاث قواعد في ريف دير الزور إلى قوات سوريا الديمقراطية.\n\nوأضاف أن الانسحاب اكتمل في أيار الماضي بعد نقل المعدات.";
    const created = await importArticle(t.db, { text: v1, url: "https://example.org/a" }, actor);
    const cps = [...v1];
    const find = (s: string) => [...v1.slice(0, v1.indexOf(s))].length;
    const keptQuote = "التحالف الدولي سلّم ثلاث قواعد";
    const goneQuote = "الانسحاب اكتمل في أيار الماضي";
    const kept = find(keptQuote);
    const gone = find(goneQuote);
    const a = await t.db.$transaction((tx) =>
      createClaim(tx, { articleId: created.id, start: kept, end: kept + [...keptQuote].length }, actor),
    );
    const b = await t.db.$transaction((tx) =>
      createClaim(tx, { articleId: created.id, start: gone, end: gone + [...goneQuote].length }, actor),
    );
    expect(a.ok && b.ok).toBe(true);
    expect(cps.slice(kept, kept + [...keptQuote].length).join("")).toBe(keptQuote);
    const v2 = v1
      .replace("خبر عاجل", "خبر عاجل ومحدّث")
      .replace("وأضاف أن الانسحاب اكتمل في أيار الماضي بعد نقل المعدات.", "ولم يذكر المصدر تفاصيل أخرى.");
    const revised = await importArticle(t.db, { text: v2, url: "https://example.org/a" }, actor);
    expect(revised).toMatchObject({ status: "revision", id: created.id, reanchored: 1, orphaned: 1 });
    const detail = (await getArticle(t.db, created.id))!;
    expect(detail.revision).toBe(2);
    const moved = detail.claims.find((c) => a.ok && c.id === a.claim.id)!;
    expect([...v2].slice(moved.start, moved.end).join("")).toBe("التحالف الدولي سلّم ثلاث قواعد");
    expect(detail.claims.find((c) => b.ok && c.id === b.claim.id)?.anchorState).toBe("orphaned");
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it("flags a near-identical copy from another outlet as republished", async () => {
    const body = seedText("002_");
    const original = await importArticle(t.db, { text: body, outlet: "شبكة الصحافة الحرة" }, actor);
    const copy = await importArticle(
      t.db,
      { text: `موقع ناقل\nشارك المقال\n\n${body}\n\nجميع الحقوق محفوظة`, outlet: "موقع ناقل" },
      actor,
    );
    expect(copy).toMatchObject({ status: "created", republishedFrom: original.id });
    const unrelated = await importArticle(t.db, { text: seedText("004_"), outlet: "موقع ناقل" }, actor);
    expect(unrelated).toMatchObject({ status: "created", republishedFrom: null });
  });
});
