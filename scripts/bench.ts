// npm run bench [-- --articles 1000] [--seed 1] [--port 3300] [--only op,op] [--import N] [--postgres URL]
// Runs the benchmarks against a copy of the corpus from `npm run bench:corpus` (data layer in
// process, HTTP against `next start`), prints a table and writes bench/results/<date>-<articles>.json.
// With --postgres, against the corpus generated into that PostgreSQL database (the benchmarks that
// write add to it): the HTTP benchmarks only, since the data-layer floors are SQLite's; the file is
// bench/results/<date>-<articles>-postgresql.json.
// Hold the machine's benchmark lock while it runs (see docs/performance.md).
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClient, configureSqlite, getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/auth/mutations";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { loadRegistrySeed } from "@/lib/sources/registry-mutations";
import { ensureSearchIndex } from "@/lib/search/setup";
import { ensureShingleBands } from "@/lib/articles/mutations";
import * as data from "@/bench/data-ops";
import * as http from "@/bench/http-ops";
import { formatTable, rssMb, type BenchResult } from "@/bench/measure";
import { formatRouteTable, routeJavaScript, type RouteJs } from "@/bench/route-js";
import { benchRoot, corpusFile } from "./lib/bench-paths";
import { BENCH_DIST_DIR, ensureBuild, startServer } from "./lib/bench-server";
import { migrateDeploy } from "./lib/migrate";
import { runCli } from "./lib/cli";

const OPERATIONS = [
  "import",
  "claims_page",
  "search",
  "detect_incremental",
  "detect_full",
  "csv_export",
  "article_page",
  "create_claim",
  "history_verify",
  "pdf_report",
] as const;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    port: { type: "string", default: "3300" },
    only: { type: "string" },
    import: { type: "string" },
    build: { type: "boolean", default: false },
    postgres: { type: "string" },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const wanted = new Set(values.only ? values.only.split(",") : OPERATIONS);
const source = corpusFile(articles, seed);
const work = path.join(benchRoot, "corpus", `run-${articles}-${seed}.db`);

function fresh(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

const HTTP_OPERATIONS = ["claims_page", "search", "article_page", "create_claim", "csv_export", "pdf_report"];

/** The SQLite corpus copied for this run (migrated, indexed) and a raw connection for the floors. */
async function sqliteCorpus() {
  if (!existsSync(source)) {
    console.error(
      `no corpus at ${path.relative(process.cwd(), source)}: run npm run bench:corpus -- --articles ${articles} --seed ${seed}`,
    );
    return null;
  }
  fresh(work);
  copyFileSync(source, work);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${work}-wal`);
  process.env.DATABASE_URL = `file:${work}`;
  migrateDeploy(); // a corpus generated before the latest migrations gets them here
  const db = getDb();
  await ensureSearchIndex(db);
  await ensureShingleBands(db);
  return { db, raw: new Database(work), database: { provider: "sqlite" as const, file: work } };
}

async function postgresCorpus(url: string) {
  process.env.DATABASE_URL = url;
  migrateDeploy();
  const db = getDb();
  if ((await db.article.count()) === 0) {
    console.error(`no corpus in ${url}: run DATABASE_URL=${url} npm run bench:corpus -- --articles ${articles} --seed ${seed}`);
    return null;
  }
  await ensureShingleBands(db);
  return { db, raw: null, database: { provider: "postgresql" as const, url } };
}

runCli(async () => {
  const corpus = values.postgres ? await postgresCorpus(values.postgres) : await sqliteCorpus();
  if (!corpus) return 1;
  const { db, raw } = corpus;
  const database = {
    provider: corpus.database.provider,
    articles: await db.article.count(),
    claims: await db.claim.count(),
    links: await db.claimLink.count(),
    events: await db.reviewEvent.count(),
  };
  console.log(
    `corpus (${database.provider}): ${database.articles} articles, ${database.claims} claims, ${database.links} links, ${database.events} events`,
  );
  if (!raw) {
    const skipped = [...wanted].filter((op) => !HTTP_OPERATIONS.includes(op));
    if (skipped.length > 0) console.log(`on PostgreSQL only the HTTP benchmarks run; skipped: ${skipped.join(", ")}`);
    for (const op of skipped) wanted.delete(op);
  }
  const results = new Map<string, BenchResult[]>();
  let failed = 0;
  // One failing benchmark is reported and the others still run.
  const add = async (pending: Promise<BenchResult>) => {
    try {
      const r = await pending;
      results.set(r.operation, [...(results.get(r.operation) ?? []), r]);
      console.log(`${r.operation} (${r.layer}): median ${r.medianMs} ms, p95 ${r.p95Ms} ms, floor ${r.floorMs} ms`);
    } catch (error) {
      failed++;
      console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const on = (op: string) => wanted.has(op);

  if (raw) {
    const b = { db, raw, seed };
    if (on("claims_page")) await add(data.claimsPageData(b, 60));
    if (on("search")) await add(data.searchData(b, 60));
    if (on("detect_incremental")) await add(data.detectIncremental(b, 40));
    if (on("history_verify")) await add(data.historyVerify(b, 3));
    if (on("detect_full")) await add(data.detectFull(b, 2));
  }

  let routes: RouteJs[] | undefined;
  let serverRssAtRestMb: number | undefined;
  if (HTTP_OPERATIONS.some(on)) {
    ensureBuild(values.build);
    routes = routeJavaScript(process.cwd(), BENCH_DIST_DIR);
    console.log(`\nJavaScript per route (first load):\n${formatRouteTable(routes)}\n`);
    const admin = await db.user.findFirstOrThrow({ where: { role: "admin" } });
    const { token } = await createApiToken(db, admin.id, "benchmark", SYSTEM_ACTOR);
    const { child, base } = await startServer(process.env.DATABASE_URL!, Number(values.port));
    try {
      const h = { base, token, serverPid: child.pid!, db, database: corpus.database };
      // At rest: started, one page and one API read served, nothing else running.
      for (const url of [`${base}/api/claims?pageSize=50`, `${base}/api/articles`])
        await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      serverRssAtRestMb = Math.round(rssMb(child.pid!));
      console.log(`server memory at rest: ${serverRssAtRestMb} MB (resident, process tree)`);
      if (on("claims_page")) await add(http.claimsPageHttp(h, 60));
      if (on("search")) await add(http.searchHttp(h, 60));
      if (on("article_page")) await add(http.articlePage(h, 30));
      if (on("create_claim")) await add(http.createClaim(h, 40));
      if (on("csv_export")) await add(http.csvExport(h, 3));
      if (on("pdf_report")) await add(http.pdfReport(h, 2));
    } finally {
      child.kill("SIGTERM");
    }
  }

  if (on("import")) await add(importBenchmark(Number(values.import ?? articles)));

  const dir = path.join(benchRoot, "results");
  const suffix = database.provider === "postgresql" ? "-postgresql" : "";
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${articles}${suffix}.json`);
  // A run of some operations (--only) replaces those in the day's file and keeps the others.
  if (values.only && existsSync(file))
    for (const r of JSON.parse(readFileSync(file, "utf8")).results as BenchResult[])
      if (!wanted.has(r.operation)) results.set(r.operation, [...(results.get(r.operation) ?? []), r]);
  const ordered = OPERATIONS.flatMap((op) => results.get(op) ?? []);
  console.log(`\n${formatTable(ordered)}`);
  const date = new Date().toISOString();
  const machine = {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  mkdirSync(dir, { recursive: true });
  const server = serverRssAtRestMb === undefined ? {} : { server: { rssAtRestMb: serverRssAtRestMb } };
  writeFileSync(file, `${JSON.stringify({ date, machine, database, results: ordered, ...server, routes }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  raw?.close();
  return failed > 0 ? 1 : 0;
});

/** The importer on a fresh database of its own (migrations and the source registry only). */
async function importBenchmark(n: number) {
  const file = path.join(benchRoot, "corpus", `import-${n}.db`);
  fresh(file);
  const url = `file:${file}`;
  migrateDeploy({ ...process.env, DATABASE_URL: url });
  const db = createClient({ provider: "sqlite", file, url });
  await configureSqlite(db);
  await ensureSearchIndex(db);
  await db.$transaction((tx) => loadRegistrySeed(tx), { timeout: 60_000 });
  const raw = new Database(file);
  try {
    return await data.importArticles(db, raw, n, seed);
  } finally {
    raw.close();
    await db.$disconnect();
  }
}
