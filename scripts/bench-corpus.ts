// npm run bench:corpus -- --articles 10000 [--seed N] [--out FILE]
// Generates the synthetic benchmark corpus into a fresh SQLite database (bench/corpus/<articles>-<seed>.db
// unless --out, or DATABASE_URL when it names PostgreSQL) and verifies its history chain.
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { generateCorpus } from "@/bench/corpus";
import { verifyChain } from "@/lib/history/data";
import { corpusFile } from "./lib/bench-paths";
import { runCli } from "./lib/cli";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { articles: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, out: { type: "string" } },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run bench:corpus -- --articles N [--seed N] [--out FILE]");
  process.exit(1);
}
if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  const file = values.out ? path.resolve(values.out) : corpusFile(articles, seed);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
}

runCli(async () => {
  const { bootstrap } = await import("./lib/bootstrap");
  await bootstrap({ seed: false });
  const db = getDb();
  const report = await generateCorpus(db, { articles, seed, log: (line) => console.log(`… ${line}`) });
  console.log(
    `generated ${report.articles} articles, ${report.claims} claims, ${report.links} links, ${report.events} events in ${(report.ms / 1000).toFixed(1)} s`,
  );
  // A bulk load leaves PostgreSQL without planner statistics until autovacuum gets to it.
  if (process.env.DATABASE_URL?.startsWith("postgres")) await db.$executeRawUnsafe("ANALYZE");
  const verified = await verifyChain(db);
  console.log(verified.ok ? `history verified: ${verified.count} events` : `history broken: ${verified.reason}`);
  console.log(`database ${process.env.DATABASE_URL}`);
  return verified.ok ? 0 : 1;
});
