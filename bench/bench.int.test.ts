import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { verifyChain } from "@/lib/history/data";
import { loadRegistrySeed } from "@/lib/sources/registry-mutations";
import { generateCorpus } from "./corpus";
import { claimsPageData, detectFull, detectIncremental, historyVerify, importArticles, searchData } from "./data-ops";

afterAll(dropTemplates);

async function corpus(t: TestDb, seed: number) {
  await t.db.$transaction((tx) => loadRegistrySeed(tx));
  return generateCorpus(t.db, { articles: 6, seed, liveBlogClaims: 8 });
}

describe.each(testProviders())("the benchmark corpus on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(provider);
  });
  afterEach(() => t.close());

  it("writes articles, attributed claims, sessions and links whose history chain verifies", async () => {
    const report = await corpus(t, 7);
    expect(report).toMatchObject({ articles: 6, claims: 5 * 10 + 8 });
    const claims = await t.db.claim.findMany({ include: { attributions: true, article: true } });
    expect(claims).toHaveLength(report.claims);
    expect(claims.every((c) => c.attributions.length === 1 && c.quote.length > 0)).toBe(true);
    expect(claims.some((c) => c.searchText.includes("داعش"))).toBe(true);
    const article = await t.db.articleRevision.findFirstOrThrow({ where: { article: { title: { not: "" } } } });
    expect((article.furniture as unknown[]).length).toBeGreaterThan(0);
    expect(await t.db.decision.count()).toBeGreaterThan(0);
    const verified = await verifyChain(t.db);
    expect(verified).toMatchObject({ ok: true, count: await t.db.reviewEvent.count() });
  });

  it("is the same corpus for the same seed", async () => {
    await corpus(t, 3);
    const quotes = (await t.db.claim.findMany({ orderBy: { id: "asc" }, select: { quote: true } })).map((c) => c.quote);
    const other = await freshDb(provider);
    try {
      await corpus(other, 3);
      const again = (await other.db.claim.findMany({ orderBy: { id: "asc" }, select: { quote: true } })).map((c) => c.quote);
      expect(again).toEqual(quotes);
    } finally {
      await other.close();
    }
  });
});

describe("a smoke run of the data-layer benchmarks", () => {
  it("measures each operation and its raw-SQL floor", async () => {
    const t = await freshDb("sqlite");
    const raw = new Database(t.url.slice("file:".length));
    try {
      await corpus(t, 1);
      const b = { db: t.db, raw, seed: 1 };
      const results = [
        await claimsPageData(b, 2),
        await searchData(b, 2),
        await detectIncremental(b, 2),
        await detectFull(b, 1),
        await historyVerify(b, 1),
        await importArticles(t.db, raw, 2, 99),
      ];
      expect(results.map((r) => r.operation)).toEqual([
        "claims_page",
        "search",
        "detect_incremental",
        "detect_full",
        "history_verify",
        "import",
      ]);
      for (const r of results) {
        expect(r).toMatchObject({ layer: "data" });
        expect(r.n).toBeGreaterThan(0);
        expect(r.medianMs).toBeGreaterThan(0);
        expect(r.floorMs).toBeGreaterThan(0);
        expect(r.ratio).toBeGreaterThan(0);
      }
      expect((await verifyChain(t.db)).ok).toBe(true);
    } finally {
      raw.close();
      await t.close();
    }
  });
});
