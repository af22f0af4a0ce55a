// English and the general cues: verbs of saying, event verbs, names, and the sentences that are views.
import { describe, expect, it } from "vitest";
import { suggestClaims } from "./suggest";

const noLayout = { furniture: [], headings: [] };
const suggested = (sentence: string) => suggestClaims(sentence, noLayout).length > 0;

describe("suggestions in English and beyond one story", () => {
  it.each([
    "The militia said in a statement that its fighters had left the market in Kadugli.",
    "Government forces took control of the airport road on Thursday, according to local officials.",
    "The Misrata brigades captured the port after two days of fighting.",
    "The health ministry counted 31 dead in the shelling of Nyala.",
  ])("suggests a checkable English sentence: %s", (s) => {
    expect(suggested(s)).toBe(true);
  });

  it.each([
    "Analysts say the battle for the town could last for months.",
    "In our view, the claims of victory are premature.",
    "وقال قائد ميداني إن المدينة لن تسقط مهما طال الحصار.",
    "ومن المتوقع أن تشهد الأيام المقبلة معارك أعنف على محور سنار، بحسب تقديرات عسكرية.",
  ])("does not suggest a view, a vow or a forecast: %s", (s) => {
    expect(suggested(s)).toBe(false);
  });
});
