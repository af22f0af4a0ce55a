import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writersWithoutHistory } from "./history-writes";

const root = path.resolve(__dirname, "../..");

// Writers that keep no review history, each for a stated reason. Anything else that writes rows must
// reach appendEvent in the same transaction.
const EXEMPT: Record<string, string> = {
  "lib/history/mutations.ts: appendEvent": "it is the history",
  "lib/history/mutations.ts: appendEvents": "it is the history",
  "lib/articles/mutations.ts: storeShingleBands": "a derived index of recorded article text",
  "lib/articles/mutations.ts: ensureShingleBands": "rebuilds that index at start",
  "lib/matching/mutations.ts: storeClaimTerms": "a derived index of recorded claim text and features",
  "lib/matching/mutations.ts: ensureClaimTerms": "builds that index at start",
  "lib/review/mutations.ts: writeClaim": "the compare-and-set every review write of a claim uses; each caller records its event",
  "lib/sources/mutations.ts: refreshSourcingStrength": "a cache computed from recorded attributions",
  "lib/auth/mutations.ts: setLocale": "a personal preference, not desk work",
  "lib/auth/mutations.ts: recordSignIn": "a counter of failed sign-ins, like the per-address limit",
  "lib/views/mutations.ts: saveView": "a personal saved filter",
  "lib/views/mutations.ts: deleteView": "a personal saved filter",
};

function mutationModules(): string[] {
  return readdirSync(path.join(root, "lib"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(root, "lib", d.name))
        .filter((f) => /(^|-)mutations\.ts$/.test(f))
        .map((f) => path.join(root, "lib", d.name, f)),
    )
    .filter(existsSync);
}

describe("every mutation records history", () => {
  it("finds no writer outside the stated exemptions that reaches no appendEvent", () => {
    expect(writersWithoutHistory(root, mutationModules()).sort()).toEqual(Object.keys(EXEMPT).sort());
  });

  it("catches a writer that forgets its event", () => {
    const fixture = path.join(root, "scripts/lib/testdata/unrecorded-mutations.ts");
    expect(writersWithoutHistory(root, [fixture])).toEqual(["scripts/lib/testdata/unrecorded-mutations.ts: renameQuietly"]);
  });
});
