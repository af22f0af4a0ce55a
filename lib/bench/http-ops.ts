// HTTP benchmarks against `next start`, the way a browser or a script reaches the workbench; the
// floor of each is the trivial authenticated endpoint (GET /api/me) of the same server.
import { spawn } from "node:child_process";
import type Database from "better-sqlite3";
import { rssWatch, summarize, timeEach, type BenchResult } from "./measure";
import { pageQuery, searchQuery } from "./data-ops";

export type HttpBench = { base: string; token: string; serverPid: number; raw: Database.Database; dbFile: string };

async function call(b: HttpBench, path: string, init: RequestInit = {}, expect = 200): Promise<number> {
  const response = await fetch(`${b.base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${b.token}`, ...(init.headers ?? {}) },
  });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) bytes += r.value.byteLength;
  if (response.status !== expect) throw new Error(`${init.method ?? "GET"} ${path} answered ${response.status}`);
  return bytes;
}

const floorOf = (b: HttpBench, n: number) => timeEach(Math.max(n, 20), () => call(b, "/api/me"));

async function compare(operation: string, b: HttpBench, n: number, run: (i: number) => Promise<unknown>, units = 1) {
  await run(0);
  await call(b, "/api/me");
  const watch = rssWatch(b.serverPid);
  const samples = await timeEach(n, run);
  const { peakMb } = watch.stop();
  return summarize(operation, "http", samples, await floorOf(b, n), { peakRssMb: peakMb, unitsPerSample: units });
}

export const claimsPageHttp = (b: HttpBench, n: number) =>
  compare("claims_page", b, n, (i) => call(b, `/api/claims?${pageQuery(i + 1)}`));

export const searchHttp = (b: HttpBench, n: number) =>
  compare("search", b, n, (i) => call(b, `/api/claims?${searchQuery(i + 1)}`));

export function articlePage(b: HttpBench, n: number) {
  const row = b.raw
    .prepare(`SELECT "articleId" AS id, COUNT(*) AS n FROM "Claim" GROUP BY "articleId" ORDER BY n DESC LIMIT 1`)
    .get() as { id: string; n: number };
  return compare("article_page", b, n, () => call(b, `/articles/${row.id}`));
}

/** New claims on existing claims' sentences without their final full stop (a narrower span is allowed, a duplicate is not). */
export function createClaim(b: HttpBench, n: number) {
  const rows = b.raw
    .prepare(
      `SELECT c."articleId", c."start", c."end", r."furniture" FROM "Claim" c JOIN "ArticleRevision" r ON r."id" = c."revisionId"
       WHERE c."rowid" % 97 = 0 AND c."archivedAt" IS NULL AND c."quote" LIKE '%.' LIMIT ?`,
    )
    .all(4 * n + 4) as Array<{ articleId: string; start: number; end: number; furniture: string }>;
  // A span touching page furniture is refused, as in the reader.
  const clear = (r: (typeof rows)[number]) =>
    !(JSON.parse(r.furniture) as Array<{ start: number; end: number }>).some((f) => f.start < r.end && r.start < f.end);
  const spans = rows
    .filter(clear)
    .slice(0, n + 1)
    .map((r) => ({ articleId: r.articleId, start: r.start, end: r.end - 1 }));
  let next = 0;
  const post = () =>
    call(
      b,
      "/api/claims",
      { method: "POST", body: JSON.stringify(spans[next++]), headers: { "content-type": "application/json" } },
      201,
    );
  return compare("create_claim", b, Math.min(n, spans.length - 1), post);
}

/** The whole corpus as CSV; the floor is the same rows dumped by the sqlite3 shell. */
export async function csvExport(b: HttpBench, n: number): Promise<BenchResult> {
  const claims = (b.raw.prepare(`SELECT COUNT(*) AS n FROM "Claim" WHERE "archivedAt" IS NULL`).get() as { n: number }).n;
  const before = rssWatch(b.serverPid);
  const samples = await timeEach(n, () => call(b, "/api/exports?format=csv"));
  const { peakMb, growthMb } = before.stop();
  const floor = await timeEach(n, () => sqliteCsv(b.dbFile));
  console.log(`csv_export: ${claims} claims, server RSS grew by ${Math.round(growthMb)} MB (peak ${Math.round(peakMb)} MB)`);
  return summarize("csv_export", "http", samples, floor, { peakRssMb: peakMb, unitsPerSample: claims });
}

const CSV_SQL = `SELECT c.id, c.articleId, a.title, o.name, a.publishedAt, c.quote, c.statement,
  (SELECT group_concat(kind, ' | ') FROM Attribution t WHERE t.claimId = c.id),
  (SELECT group_concat(coalesce(s.name, 'unnamed'), ' | ') FROM Attribution t LEFT JOIN Source s ON s.id = t.sourceId WHERE t.claimId = c.id),
  (SELECT group_concat(reliability || credibility, ' | ') FROM Attribution t WHERE t.claimId = c.id),
  c.sourcingStrength, c.verdict, c.status,
  (SELECT COUNT(*) FROM ClaimLink l WHERE l.aId = c.id AND l.type = 'contradicts' AND l.status IN ('proposed', 'confirmed'))
    + (SELECT COUNT(*) FROM ClaimLink l WHERE l.bId = c.id AND l.type = 'contradicts' AND l.status IN ('proposed', 'confirmed')),
  c.updatedAt, u.email
FROM Claim c JOIN Article a ON a.id = c.articleId LEFT JOIN Source o ON o.id = a.outletId LEFT JOIN User u ON u.id = c.updatedById
WHERE c.archivedAt IS NULL ORDER BY c.id`;

function sqliteCsv(dbFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("sqlite3", ["-readonly", "-csv", dbFile, CSV_SQL], { stdio: ["ignore", "pipe", "inherit"] });
    let bytes = 0;
    child.stdout.on("data", (d: Buffer) => (bytes += d.length));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(bytes) : reject(new Error(`sqlite3 exited ${code}`))));
  });
}

/** A printable report of about 1,000 claims: the claims query up to the date that holds that many. */
export function pdfReport(b: HttpBench, n: number) {
  const row = b.raw
    .prepare(
      `SELECT a."publishedAt" AS d FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."archivedAt" IS NULL AND a."publishedAt" IS NOT NULL ORDER BY a."publishedAt" LIMIT 1 OFFSET 999`,
    )
    .get() as { d: string } | undefined;
  const query = encodeURIComponent(row ? `to=${row.d}` : "");
  return compare("pdf_report", b, n, () => call(b, `/api/exports?format=pdf&query=${query}`));
}
