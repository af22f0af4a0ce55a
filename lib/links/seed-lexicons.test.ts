import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainMatches } from "@/lib/links/explain";
import { SEED_CONTEXT, SEED_MATCHES, type SeedMatch } from "@/lib/links/testdata/seed-lexicon-matches";
import { segmentSentences } from "@/lib/text/segment";

// Runs every lexicon over every seed sentence and compares with the reviewed
// table: a change that makes a word misfire (or stop firing) shows up as a
// row difference.

const seedDir = new URL("../../seeds/", import.meta.url);

function actualMatches(): SeedMatch[] {
  const rows: SeedMatch[] = [];
  for (const file of readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const seed = file.slice(0, 3);
    const sentences = segmentSentences(readFileSync(new URL(file, seedDir), "utf8"));
    sentences.forEach((s, i) => {
      for (const r of explainMatches(s.text, SEED_CONTEXT[seed])) rows.push([seed, i, r.text, r.lexicon, r.meaning]);
    });
  }
  return rows;
}

describe("lexicon matches in the seed articles", () => {
  const actual = actualMatches();

  it("match the reviewed table row for row", () => {
    expect(actual).toEqual(SEED_MATCHES);
  });

  it("never read the misleading words as stances", () => {
    const stance = (pred: (r: SeedMatch) => boolean) => actual.filter((r) => r[3] === "stances" && pred(r));
    // نشر as "published", وصولاً إلى as "as far as", تسليم of prisons/detainees.
    for (const r of stance((r) => /^و?نشر/u.test(r[2]) && r[0] === "001")) expect(r[4]).toMatch(/^ignored: نشر = published/u);
    for (const r of stance((r) => r[2] === "وصولا")) expect(r[4]).toMatch(/^ignored/u);
    for (const r of stance((r) => r[2] === "تسليم" && r[0] === "000"))
      expect(r[4]).toMatch(/^ignored: handover of something other/u);
    // The convoy in 001 was turned back: friction, never a reinforcement.
    for (const r of stance((r) => r[0] === "001")) expect(r[4]).not.toMatch(/_presence: reinforcement/u);
  });

  it("read سد تشرين and قاعدة الوزير as places, not a month or a minister", () => {
    expect(actual.some((r) => r[2] === "سد تشرين" && r[4] === "tishrin_dam")).toBe(true);
    expect(actual.some((r) => r[0] === "000" && r[3] === "dates" && r[2].includes("تشرين") && !r[2].includes("الاول"))).toBe(
      false,
    );
    expect(actual.some((r) => r[2] === "الوزير" && r[4] === "wazir_base")).toBe(true);
  });
});
