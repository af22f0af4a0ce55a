import "server-only";
// Data-layer benchmarks: the product's own functions, in process, each against its raw-SQL floor.
import type Database from "better-sqlite3";
import type { Db } from "@/lib/db/client";
import { importArticle } from "@/lib/articles/mutations";
import { claimsQuerySchema } from "@/lib/claims/query";
import { verifyChain } from "@/lib/history/data";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { detectAllLinks, refreshClaimLinks } from "@/lib/links/mutations";
import { searchClaims } from "@/lib/search/data";
import { syntheticArticle } from "./corpus-text";
import { rssWatch, summarize, timeEach, type BenchResult } from "./measure";
import { seededRandom } from "./random";
import { rawBucketCandidates, rawClaimsPage, rawDetectionInput, rawInsertArticle, rawVerifyChain } from "./raw-sql";

export type DataBench = { db: Db; raw: Database.Database; seed: number };

// Filtered and sorted pages the way editors ask for them (the table's URL parameters).
export const PAGE_QUERIES = [
  "verdict=corroborated,false&sort=sourcing_strength&order=desc",
  "status=decided&sort=published_at&order=asc",
  "kind=anonymous&sort=updated_at&order=desc",
  "status=new,in_review&sort=created_at&order=desc",
  "conflicts=open&sort=sourcing_strength&order=desc",
  "from=2022-01-01&to=2023-12-31&sort=published_at&order=desc",
];
export const SEARCHES = [
  "داعش",
  "تعزيزات",
  "حقل العمر",
  "قاعدة خراب الجير",
  "المرصد السوري",
  "انسحابها",
  "نقاط تمركزه",
  "سد تشرين",
];

export const pageQuery = (i: number) => `${PAGE_QUERIES[i % PAGE_QUERIES.length]}&page=${1 + (i % 5)}&pageSize=50`;
export const searchQuery = (i: number) => `search=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&pageSize=50`;
const parse = (qs: string) => claimsQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));

async function compare(
  operation: string,
  n: number,
  ours: (i: number) => Promise<unknown>,
  floor: (i: number) => unknown,
): Promise<BenchResult> {
  await ours(0); // warm caches and prepared statements on both sides
  floor(0);
  const watch = rssWatch();
  const samples = await timeEach(n, ours);
  const { peakMb } = watch.stop();
  const floorSamples = await timeEach(n, floor);
  return summarize(operation, "data", samples, floorSamples, { peakRssMb: peakMb });
}

export function claimsPageData(b: DataBench, n: number) {
  return compare(
    "claims_page",
    n,
    (i) => searchClaims(b.db, parse(pageQuery(i))),
    (i) => rawClaimsPage(b.raw, parse(pageQuery(i))),
  );
}

export function searchData(b: DataBench, n: number) {
  return compare(
    "search",
    n,
    (i) => searchClaims(b.db, parse(searchQuery(i))),
    (i) => rawClaimsPage(b.raw, parse(searchQuery(i))),
  );
}

/** Claims that fall in a detection bucket, spread over the corpus. */
function bucketedClaims(raw: Database.Database, n: number): string[] {
  const ids = (
    raw.prepare(`SELECT DISTINCT "claimId" AS id FROM "ClaimFacet" WHERE "key" LIKE 'b:%' ORDER BY "claimId"`).all() as Array<{
      id: string;
    }>
  ).map((r) => r.id);
  const step = Math.max(1, Math.floor(ids.length / n));
  return Array.from({ length: Math.min(n, ids.length) }, (_, i) => ids[i * step]);
}

export function detectIncremental(b: DataBench, n: number) {
  const ids = bucketedClaims(b.raw, n + 1);
  return compare(
    "detect_incremental",
    ids.length - 1,
    (i) => b.db.$transaction((tx) => refreshClaimLinks(tx, ids[i + 1] ?? ids[0])),
    (i) => rawBucketCandidates(b.raw, ids[i + 1] ?? ids[0]),
  );
}

export async function detectFull(b: DataBench, n: number) {
  const watch = rssWatch();
  const samples = await timeEach(n, () => detectAllLinks(b.db));
  const { peakMb } = watch.stop();
  const floor = await timeEach(n, () => rawDetectionInput(b.raw));
  return summarize("detect_full", "data", samples, floor, { peakRssMb: peakMb });
}

export async function historyVerify(b: DataBench, n: number) {
  const watch = rssWatch();
  const samples = await timeEach(n, async () => {
    const r = await verifyChain(b.db);
    if (!r.ok) throw new Error(`history does not verify: ${r.reason}`);
  });
  const { peakMb } = watch.stop();
  const floor = await timeEach(n, () => rawVerifyChain(b.raw));
  return summarize("history_verify", "data", samples, floor, { peakRssMb: peakMb });
}

/**
 * Imports `n` new synthetic articles (another seed: no duplicates) through the importer into a
 * database of its own; the floor inserts the same article and revision rows, rolled back.
 */
export async function importArticles(db: Db, raw: Database.Database, n: number, seed: number) {
  const rng = seededRandom(seed + 7919);
  const articles = Array.from({ length: n }, (_, i) =>
    syntheticArticle(rng, seededRandom(seed * 31 + Math.floor(i / 8)), 1_000_000 + i),
  );
  const actor = { ...SYSTEM_ACTOR, label: "import (benchmark)" };
  const watch = rssWatch();
  const samples = await timeEach(n, async (i) => {
    const a = articles[i];
    const r = await importArticle(
      db,
      { text: a.text, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt },
      actor,
    );
    if (r.status !== "created") throw new Error(`import benchmark: article ${i} was ${r.status}`);
  });
  const { peakMb } = watch.stop();
  raw.exec("SAVEPOINT floor");
  const floor = await timeEach(n, (i) => rawInsertArticle(raw, i, articles[i]));
  raw.exec("ROLLBACK TO floor; RELEASE floor");
  return summarize("import", "data", samples, floor, { peakRssMb: peakMb });
}
