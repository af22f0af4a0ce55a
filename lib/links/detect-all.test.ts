import { describe, expect, it } from "vitest";
import { syntheticArticle, STORY_SIZE } from "@/bench/corpus-text";
import { seededRandom } from "@/bench/random";
import { claimFeatures } from "./claim-features";
import { bucketKeys, detectAll, detectPair } from "./detect";
import type { ClaimRecord } from "./types";

// Claims of 40 synthetic articles (stories of the same actor, place and day told by several outlets).
function records(): ClaimRecord[] {
  const rng = seededRandom(5);
  const out: ClaimRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const a = syntheticArticle(rng, seededRandom(100 + Math.floor(i / STORY_SIZE)), i);
    a.sentences.forEach((s, k) => {
      const quote = [...a.text].slice(s.start, s.end).join("");
      const features = claimFeatures(quote, [], { articleDate: k % 4 === 0 ? null : a.publishedAt, articlePrecision: "day" });
      out.push({ id: `c${String(i).padStart(3, "0")}_${String(k).padStart(2, "0")}`, articleId: `a${i}`, features });
    });
  }
  return out;
}

describe("detectAll", () => {
  it("finds exactly what comparing every pair that shares a bucket finds", () => {
    const claims = records();
    const expected: string[] = [];
    for (let i = 0; i < claims.length; i++)
      for (let j = i + 1; j < claims.length; j++) {
        const shared = bucketKeys(claims[i].features).some((k) => bucketKeys(claims[j].features).includes(k));
        if (shared) for (const p of detectPair(claims[i], claims[j])) expected.push(`${p.a}:${p.b}:${p.type}:${p.score}`);
      }
    const found = detectAll(claims).map((p) => `${p.a}:${p.b}:${p.type}:${p.score}`);
    expect(expected.length).toBeGreaterThan(10);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
