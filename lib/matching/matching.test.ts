import { describe, expect, it } from "vitest";
import { conceptsOfStem } from "./bridge";
import { arabicSkeleton, englishSkeleton } from "./skeleton";
import { rankMatches, rarityOver, type MatchCandidate } from "./similarity";
import { matchTerms } from "./terms";

const claim = (id: string, text: string): MatchCandidate => ({
  id,
  arabic: /[\u0600-\u06FF]/.test(text),
  terms: matchTerms({ text }),
});

describe("name skeletons", () => {
  it.each([
    ["بارا", "Bara"],
    ["صرواح", "Sirwah"],
    ["الحوثي", "Houthi"],
    ["نبيل", "Nabil"],
    ["مأرب", "Marib"],
    ["خان", "Khan"],
  ])("%s and %s meet", (ar, en) => {
    expect(arabicSkeleton(ar.replace("أ", "ا"))).toBe(englishSkeleton(en.toLowerCase()));
  });

  it("keeps different names apart", () => {
    expect(arabicSkeleton("سرت")).not.toBe(englishSkeleton("bara"));
  });
});

describe("news concepts across languages", () => {
  it("puts a stemmed Arabic word and its English counterpart in one concept", () => {
    expect(conceptsOfStem("انسحبت")).toContain("withdraw");
    expect(conceptsOfStem("withdrawn")).toContain("withdraw");
    expect(conceptsOfStem("تعزيز")).toContain("reinforce");
    expect(conceptsOfStem("reinforcement")).toContain("reinforce");
  });

  it("does not read a longer word into a short beginning", () => {
    expect(conceptsOfStem("statement")).not.toContain("province");
    expect(conceptsOfStem("حيث")).toEqual([]);
  });
});

describe("ranking", () => {
  const pool = [
    claim("translation", "The army spokesman said the armed forces had regained full control of Bara on Friday"),
    claim("other-town", "قالت مصادر محلية إن الجيش سيطر على مدينة الدلنج في جنوب كردفان"),
    claim("other-figure", "وثقت شبكة أطباء السودان مقتل 12 مدنيا في قصف على الأبيض"),
    claim("republished", "وقال المتحدث باسم الجيش في بيان إن القوات المسلحة استعادت السيطرة على مدينة بارا بالكامل"),
  ];
  const rarity = rarityOver(pool.map((c) => c.terms));

  it("ranks the republished copy and the translation above look-alikes", () => {
    const target = claim("t", "قال المتحدث باسم الجيش السوداني إن القوات المسلحة استعادت السيطرة على مدينة بارا الجمعة");
    const ids = rankMatches(target, pool, rarity).map((m) => m.id);
    expect(ids.slice(0, 2).sort()).toEqual(["republished", "translation"]);
  });

  it("says why: the shared terms with their weights, rarest first", () => {
    const target = claim("t", "The Sudan Doctors Network said 47 civilians were killed in shelling of the Abu Shouk camp");
    const match = rankMatches(
      target,
      [claim("ar", "وثقت شبكة أطباء السودان مقتل 47 مدنيا في قصف مدفعي على مخيم أبو شوك")],
      rarity,
    )[0];
    const terms = match.shared.map((s) => s.term);
    expect(terms).toEqual(
      expect.arrayContaining(["figure:47", "concept:kill", "concept:civilian", "concept:camp", "concept:shelling"]),
    );
    expect(match.shared[0].weight).toBeGreaterThanOrEqual(match.shared.at(-1)!.weight);
  });

  it("matches figures written in Arabic-Indic digits", () => {
    expect(matchTerms({ text: "مقتل ٤٧ مدنيا" })).toContain("figure:47");
  });
});
