// npm run seed: imports the sample corpus (duplicates are skipped).
import { getDb } from "@/lib/db/client";
import { seedCorpus } from "@/seeds/seed-corpus";
import { runCli } from "./lib/cli";
import { migrateIfPending } from "./lib/migrate";

runCli(async () => {
  await migrateIfPending(getDb());
  const { summary } = await seedCorpus(getDb());
  console.log(
    `imported ${summary.imported}, duplicates ${summary.duplicates}, revisions ${summary.revisions}, refused ${summary.refused}`,
  );
  return summary.refused > 0 ? 1 : 0;
});
