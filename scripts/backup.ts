// npm run backup -- --out FILE
// A consistent copy of the database DATABASE_URL selects, taken while the app keeps running (SQLite's
// online backup API, or pg_dump). Prints the history head it holds.
import { parseArgs } from "node:util";
import path from "node:path";
import { getEnv } from "@/lib/db/env";
import { backup, BackupError } from "@/lib/db/backup";
import { runBackupCli } from "./lib/backup-cli";

runBackupCli(async () => {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { out: { type: "string" } } });
  if (!values.out) throw new BackupError("usage: npm run backup -- --out FILE");
  const out = path.resolve(values.out);
  const head = await backup(getEnv().database, out);
  return { line: `backed up to ${out}${head ? `: history head ${head.seq} ${head.hash}` : ""}`, code: 0 };
});
