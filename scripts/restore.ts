// npm run restore -- FILE [--force]
// Restores a backup into the database DATABASE_URL selects (an empty one unless --force), then verifies
// the history chain it brought back.
import { parseArgs } from "node:util";
import path from "node:path";
import { getEnv } from "@/lib/db/env";
import { getDb } from "@/lib/db/client";
import { verifyChain } from "@/lib/history/data";
import { BackupError, restore } from "@/lib/db/backup";
import { runBackupCli } from "./lib/backup-cli";

runBackupCli(async () => {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { force: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new BackupError("usage: npm run restore -- FILE [--force]");
  const file = path.resolve(positionals[0]);
  await restore(getEnv().database, file, values.force);
  const chain = await verifyChain(getDb());
  if (!chain.ok)
    return { line: `restored ${file}, but its history is broken at event ${chain.brokenAt.id}: ${chain.reason}`, code: 1 };
  return { line: `restored ${file}: verified ${chain.count} events, head ${chain.head.seq} ${chain.head.hash}`, code: 0 };
});
