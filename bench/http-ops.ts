// HTTP benchmarks against `next start`, the way a browser or a script reaches the workbench; the
// floor of each is the trivial authenticated endpoint (GET /api/me) of the same server. Inputs
// (the largest article, spans for new claims) are picked through Prisma, so the same benchmarks run
// on SQLite and on PostgreSQL.
import { spawn } from "node:child_process";
import type { Db } from "@/lib/db/client";
import { rssWatch, summarize, timeEach, type BenchResult } from "./measure";
import { pageQuery, searchQuery } from "./data-ops";

/** `database`: the SQLite file (its CSV floor is the sqlite3 shell) or the PostgreSQL URL (psql). */
export type HttpBench = {
  base: string;
  token: string;
  serverPid: number;
  db: Db;
  database: { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };
};

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

export async function articlePage(b: HttpBench, n: number) {
  const [largest] = await b.db.claim.groupBy({
    by: ["articleId"],
    _count: { articleId: true },
    orderBy: { _count: { articleId: "desc" } },
    take: 1,
  });
  return compare("article_page", b, n, () => call(b, `/articles/${largest.articleId}`));
}

/** New claims on existing claims' sentences without their final full stop (a narrower span is allowed, a duplicate is not). */
export async function createClaim(b: HttpBench, n: number) {
  const ids = await b.db.claim.findMany({
    where: { archivedAt: null, quote: { endsWith: "." } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  // Every 97th such claim: spread over the corpus, the same ones on every run.
  const picked = ids.filter((_, i) => i % 97 === 0).slice(0, 4 * n + 4);
  const rows = await b.db.claim.findMany({
    where: { id: { in: picked.map((c) => c.id) } },
    orderBy: { id: "asc" },
    select: { articleId: true, start: true, end: true, revision: { select: { furniture: true } } },
  });
  // A span touching page furniture is refused, as in the reader.
  const clear = (r: (typeof rows)[number]) =>
    !(r.revision.furniture as Array<{ start: number; end: number }>).some((f) => f.start < r.end && r.start < f.end);
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

/** The whole corpus as CSV; the floor is the same rows dumped by the database's shell (sqlite3, psql). */
export async function csvExport(b: HttpBench, n: number): Promise<BenchResult> {
  const claims = await b.db.claim.count({ where: { archivedAt: null } });
  const before = rssWatch(b.serverPid);
  const samples = await timeEach(n, () => call(b, "/api/exports?format=csv"));
  const { peakMb, growthMb } = before.stop();
  const floor = await timeEach(n, () => shellCsv(b.database));
  console.log(`csv_export: ${claims} claims, server RSS grew by ${Math.round(growthMb)} MB (peak ${Math.round(peakMb)} MB)`);
  return summarize("csv_export", "http", samples, floor, { peakRssMb: peakMb, unitsPerSample: claims });
}

const aggregate = (provider: HttpBench["database"]["provider"], value: string) =>
  provider === "sqlite" ? `group_concat(${value}, ' | ')` : `string_agg(${value}, ' | ')`;

const csvSql = (
  provider: HttpBench["database"]["provider"],
) => `SELECT c."id", c."articleId", a."title", o."name", a."publishedAt", c."quote", c."statement",
  (SELECT ${aggregate(provider, `t."kind"`)} FROM "Attribution" t WHERE t."claimId" = c."id"),
  (SELECT ${aggregate(provider, `coalesce(s."name", 'unnamed')`)} FROM "Attribution" t LEFT JOIN "Source" s ON s."id" = t."sourceId" WHERE t."claimId" = c."id"),
  (SELECT ${aggregate(provider, `t."reliability" || t."credibility"`)} FROM "Attribution" t WHERE t."claimId" = c."id"),
  c."sourcingStrength", c."verdict", c."status",
  (SELECT COUNT(*) FROM "ClaimLink" l WHERE l."aId" = c."id" AND l."type" = 'contradicts' AND l."status" IN ('proposed', 'confirmed'))
    + (SELECT COUNT(*) FROM "ClaimLink" l WHERE l."bId" = c."id" AND l."type" = 'contradicts' AND l."status" IN ('proposed', 'confirmed')),
  c."updatedAt", u."email"
FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "Source" o ON o."id" = a."outletId" LEFT JOIN "User" u ON u."id" = c."updatedById"
WHERE c."archivedAt" IS NULL ORDER BY c."id"`;

function shellCsv(database: HttpBench["database"]): Promise<number> {
  const [command, args] =
    database.provider === "sqlite"
      ? ["sqlite3", ["-readonly", "-csv", database.file, csvSql("sqlite")]]
      : ["psql", ["-X", "-q", database.url, "-c", `\\copy (${csvSql("postgresql").replace(/\n/g, " ")}) TO STDOUT WITH CSV`]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let bytes = 0;
    child.stdout.on("data", (d: Buffer) => (bytes += d.length));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(bytes) : reject(new Error(`${command} exited ${code}`))));
  });
}

/** A printable report of about 1,000 claims: the claims query up to the date that holds that many. */
export async function pdfReport(b: HttpBench, n: number) {
  const [row] = await b.db.claim.findMany({
    where: { archivedAt: null, article: { publishedAt: { not: null } } },
    orderBy: [{ article: { publishedAt: "asc" } }, { id: "asc" }],
    skip: 999,
    take: 1,
    select: { article: { select: { publishedAt: true } } },
  });
  const query = encodeURIComponent(row ? `to=${row.article.publishedAt}` : "");
  return compare("pdf_report", b, n, () => call(b, `/api/exports?format=pdf&query=${query}`));
}
