import { describe, expect, it } from "vitest";
import { byCheckWorthiness, checkWorthiness } from "./check-worthiness";
import { suggestClaims } from "./suggest";

const noLayout = { furniture: [], headings: [] };
const scoreOf = (sentence: string) => {
  const [s] = suggestClaims(sentence, noLayout);
  return s ? s.score : null;
};

describe("check-worthiness", () => {
  it("scores a figure, a place, a date and a comparison above a bare attribution", () => {
    const rich = scoreOf("وقالت منسقية النازحين إن أكثر من 400 أسرة غادرت مخيم زمزم يوم 12 أكتوبر 2025.");
    const bare = scoreOf("وأضاف المتحدث أن الوضع يتحسن.");
    expect(rich).toBeGreaterThanOrEqual(0.8);
    expect(bare).toBeLessThanOrEqual(0.3);
    expect(rich!).toBeGreaterThan(bare!);
  });

  it("reads English the same way", () => {
    const rich = scoreOf("The health ministry said at least 31 people were killed in Nyala on Sunday.");
    const bare = scoreOf("The spokesman said the situation was improving.");
    expect(rich!).toBeGreaterThan(bare!);
    expect(checkWorthiness(["comparison: at least", "number: 31"]).factors).toEqual(["comparison", "number"]);
  });

  it("does not suggest views and vows at all, and orders suggestions by score", () => {
    expect(scoreOf("Analysts say the town could fall within weeks.")).toBeNull();
    const list = [
      { start: 0, reasons: ["attribution cue: said"] },
      { start: 10, reasons: ["number: 47", "place: مخيم أبو شوك", "attribution cue: وثق"] },
    ];
    expect(byCheckWorthiness(list).map((s) => s.start)).toEqual([10, 0]);
  });
});
