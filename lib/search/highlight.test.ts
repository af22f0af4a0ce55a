import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/text/normalize";
import { highlightRanges } from "./highlight";
import { searchTerms } from "./terms";

const pick = (text: string, r: { start: number; end: number }) => [...text].slice(r.start, r.end).join("");

describe("highlightRanges", () => {
  it("finds the plain spelling inside words broken to dodge filters", () => {
    const text = "التحالف الدولي وقسد يعـ ـززان الوجود العسـ ـكري في دير الزور";
    const [r] = highlightRanges(text, [{ text: normalizeArabic("العسكري"), exact: true }]);
    expect(pick(text, r)).toBe("العسـ ـكري");
  });
  it("matches across alef, ta marbuta and diacritics", () => {
    const text = "هجماتٌ لتنظيمِ «داعش» في البادية وإدلب";
    expect(highlightRanges(text, searchTerms("داعش")).map((r) => pick(text, r))).toEqual(["داعش"]);
    expect(highlightRanges(text, searchTerms("ادلب")).map((r) => pick(text, r))).toEqual(["وإدلب"]); // the whole form, clitic and all
  });
  it("finds every occurrence and nothing for an empty needle", () => {
    expect(highlightRanges("قسد ثم قسد", searchTerms("قسد"))).toHaveLength(2);
    expect(highlightRanges("قسد", searchTerms(""))).toEqual([]);
  });
  it("lights the whole form a stem matched, and only the phrase of a quoted search", () => {
    const text = "أكد مصدر للقاعدة أن طائرات التحالف هبطت في مطار معيتيقة بالقاعدة الجوية";
    expect(highlightRanges(text, searchTerms("القاعدة المطار")).map((r) => pick(text, r))).toEqual([
      "للقاعدة",
      "مطار",
      "بالقاعدة",
    ]);
    expect(highlightRanges(text, searchTerms('"بالقاعدة"')).map((r) => pick(text, r))).toEqual(["بالقاعدة"]);
  });
});

describe("searchTerms", () => {
  it("stems free words and keeps quoted phrases exact", () => {
    expect(searchTerms("للقاعدة «مطار معيتيقة» airports")).toEqual([
      { text: "مطار معيتيقه", exact: true },
      { text: "قاعد", exact: false },
      { text: "airport", exact: false },
    ]);
  });
});
