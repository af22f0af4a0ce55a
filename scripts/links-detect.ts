// npm run links:detect [-- --refresh]
// Proposes contradicts / corroborates links over all claims (compared within agent × region buckets),
// computing the features of claims that have none first (of all claims with --refresh). Prints counts and time.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { detectAllLinks } from "@/lib/links/mutations";
import { runCli } from "./lib/cli";
import { migrateIfPending } from "./lib/migrate";

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { refresh: { type: "boolean", default: false } },
  });
  await migrateIfPending(getDb());
  let last = 0;
  const r = await detectAllLinks(getDb(), {
    refresh: values.refresh,
    onProgress: (m) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      console.log(`… ${m}`);
    },
  });
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`claims ${r.claims}, features computed ${r.featuresComputed}`);
  console.log(`buckets ${r.buckets}, largest ${r.largestBucket}, pairs compared ≤ ${r.comparisons}`);
  console.log(`found contradicts ${r.found.contradicts}, corroborates ${r.found.corroborates}`);
  console.log(`created ${r.created}, already linked ${r.alreadyLinked}`);
  console.log(`time ${s(r.ms.total)} (features ${s(r.ms.features)}, detection ${s(r.ms.detect)}, writing ${s(r.ms.write)})`);
  return 0;
});
