// npm run history:verify [-- --expect-head <hash>]
// Prints "verified N events" and the head hash, or "broken at event <id>" and exits 1.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { findExpectedHead, verifyChain } from "@/lib/history/data";
import { runCli } from "./lib/cli";

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { "expect-head": { type: "string" } },
  });
  const db = getDb();
  const result = await verifyChain(db);
  if (!result.ok) {
    console.log(`broken at event ${result.brokenAt.id} (seq ${result.brokenAt.seq}): ${result.reason}`);
    return 1;
  }
  console.log(`verified ${result.count} events`);
  console.log(`head ${result.head.seq} ${result.head.hash}`);
  const expected = values["expect-head"];
  if (expected) {
    const found = await findExpectedHead(db, expected);
    if (!found) {
      console.log(`expected head ${expected} is not in the chain: history was truncated or rewritten`);
      return 1;
    }
    console.log(`expected head found at seq ${found.seq}`);
  }
  return 0;
});
