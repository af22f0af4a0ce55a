import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";

describe("the interface language a first visit gets", () => {
  it.each([
    ["ar", "ar"],
    ["ar-SY,ar;q=0.9,en;q=0.8", "ar"],
    ["en-GB,en;q=0.9,ar;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4", "ar"],
    ["en;q=0.3, ar-EG;q=0.7", "ar"],
    ["ar;q=0, en", "en"],
    ["fr, de", "en"],
    ["", "en"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("falls back to English without the header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });
});
