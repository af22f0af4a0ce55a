import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/text/normalize";
import { highlightRanges } from "./highlight";

const pick = (text: string, r: { start: number; end: number }) => [...text].slice(r.start, r.end).join("");

describe("highlightRanges", () => {
  it("finds the plain spelling inside words broken to dodge filters", () => {
    const text = "التحالف الدولي وقسد يعـ ـززان الوجود العسـ ـكري في دير الزور";
    const [r] = highlightRanges(text, normalizeArabic("العسكري"));
    expect(pick(text, r)).toBe("العسـ ـكري");
  });
  it("matches across alef, ta marbuta and diacritics", () => {
    const text = "هجماتٌ لتنظيمِ «داعش» في البادية وإدلب";
    expect(highlightRanges(text, normalizeArabic("داعش")).map((r) => pick(text, r))).toEqual(["داعش"]);
    expect(highlightRanges(text, normalizeArabic("ادلب")).map((r) => pick(text, r))).toEqual(["إدلب"]);
  });
  it("finds every occurrence and nothing for an empty needle", () => {
    expect(highlightRanges("قسد ثم قسد", "قسد")).toHaveLength(2);
    expect(highlightRanges("قسد", "")).toEqual([]);
  });
});
