import { describe, expect, it } from "vitest";
import { suggestClaims } from "./suggest";
import { parseSuggestionReason, SUGGESTION_REASONS, suggestionReason, type SuggestionReasonCode } from "./suggestion-reasons";

describe("suggestion reasons", () => {
  it("read the stored sentences, keeping the article's words", () => {
    expect(parseSuggestionReason("attribution cue: وثق")).toEqual({ code: "attributionCue", words: "وثق" });
    expect(parseSuggestionReason("number: 3 آلاف")).toEqual({ code: "number", words: "3 آلاف" });
    expect(parseSuggestionReason("date: أيار الفائت")).toEqual({ code: "date", words: "أيار الفائت" });
    expect(parseSuggestionReason("place: قاعدة قسرك")).toEqual({ code: "place", words: "قاعدة قسرك" });
    expect(parseSuggestionReason("something else")).toEqual({ code: "text", text: "something else" });
    expect(parseSuggestionReason("number: ")).toEqual({ code: "text", text: "number: " });
  });

  it("write and read back every code", () => {
    for (const code of Object.keys(SUGGESTION_REASONS) as SuggestionReasonCode[])
      expect(parseSuggestionReason(suggestionReason(code, "دير الزور"))).toEqual({ code, words: "دير الزور" });
  });

  it("are all understood as they come out of the suggester", () => {
    const text =
      "وثق المرصد السوري لحقوق الإنسان مقتل 161 شخصاً. ووصلت إلى قاعدة قسرك شمال مدينة الحسكة تعزيزات ضخمة في 3 أيار 2025.";
    const reasons = suggestClaims(text, { furniture: [], headings: [] }).flatMap((s) => s.reasons);
    expect(reasons.length).toBeGreaterThan(2);
    expect(reasons.map(parseSuggestionReason).filter((r) => r.code === "text")).toEqual([]);
  });
});
