import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { parseLinkReason } from "@/lib/links/reasons";
import { linkReasonText, suggestionReasonText, type Say } from "./reason-text";

const sayIn = (locale: "en" | "ar"): Say => {
  const t = createTranslator({ locale, messages: locale === "ar" ? ar : en });
  return (key, values) => t(key as "reasons.link.sameAgent", values as { actor: string });
};
const link = (stored: string, locale: "en" | "ar") => linkReasonText(parseLinkReason(stored), sayIn(locale), locale);

describe("reasons in the interface language", () => {
  it("show a stored link reason in Arabic, names and dates included", () => {
    expect(link("same agent: التحالف الدولي", "ar")).toBe("الفاعل نفسه: التحالف الدولي");
    expect(link("same region: دير الزور", "ar")).toBe("المنطقة نفسها: دير الزور");
    expect(link("drawdown vs reinforcement", "ar")).toBe("تقليص مقابل تعزيز");
    expect(link("2025-05 vs 2025", "ar")).toBe("مايو 2025 مقابل 2025");
    expect(link("2025-05 vs unknown (time unknown)", "ar")).toBe("مايو 2025 مقابل تاريخ غير معروف (الزمن غير معروف)");
    expect(link("same parties: الحكومة السورية – التحالف الدولي", "ar")).toBe(
      "الطرفان نفساهما: الحكومة السورية – التحالف الدولي",
    );
  });

  it("show the same reasons in English with English names", () => {
    expect(link("same agent: التحالف الدولي", "en")).toBe("same agent: International Coalition");
    expect(link("same region: دير الزور", "en")).toBe("same region: Deir ez-Zor");
    expect(link("drawdown vs reinforcement", "en")).toBe("drawdown vs reinforcement");
    expect(link("2025-05 vs 2025", "en")).toBe("May 2025 vs 2025");
    expect(link("both true: different months", "ar")).toBe("both true: different months");
  });

  it("show a matched claim's similarity and shared terms in both languages", () => {
    expect(link("same claim, similarity 0.72", "ar")).toBe("الادعاء نفسه (التشابه 0.72)");
    expect(link("same claim, similarity 0.72", "en")).toBe("the same claim (similarity 0.72)");
    expect(link("shared terms: بارا، 47", "ar")).toBe("مصطلحات مشتركة: بارا، 47");
  });

  it("translate a suggestion's reason and keep the article's words", () => {
    expect(suggestionReasonText("attribution cue: وثق", sayIn("ar"))).toBe("عبارة إسناد: وثق");
    expect(suggestionReasonText("number: 161", sayIn("ar"))).toBe("عدد: 161");
    expect(suggestionReasonText("number: 161", sayIn("en"))).toBe("number: 161");
  });

  it("format a session's duration in both languages", () => {
    expect(createTranslator({ locale: "en", messages: en })("session.duration", { hours: 2, minutes: 15 })).toBe("2 h 15 min");
    expect(createTranslator({ locale: "en", messages: en })("session.duration", { hours: 0, minutes: 42 })).toBe("42 min");
    expect(createTranslator({ locale: "ar", messages: ar })("session.duration", { hours: 2, minutes: 15 })).toBe(
      "ساعتان و15 دقيقة",
    );
  });
});
