import { describe, expect, it } from "vitest";
import { detectPair } from "@/lib/links/detect";
import { extractFeatures } from "@/lib/links/features";
import { findFigures } from "@/lib/links/figures";
import { tokenize } from "@/lib/links/match";
import type { ClaimRecord } from "@/lib/links/types";
import { normalizeArabic } from "@/lib/text/normalize";

// Conflicts any story has, read with the shipped packs (places of the Arab world and the Horn of
// Africa, the region's armed actors): movement on consecutive days, who holds a town, whether an
// airport or a crossing is open, and figures that disagree. Each article is dated to its day.

let n = 0;
const claim = (text: string, day: string): ClaimRecord => ({
  id: `c${++n}`,
  articleId: `a${n}`,
  features: extractFeatures(text, { articleDate: day, articlePrecision: "day" }),
});
const types = (a: ClaimRecord, b: ClaimRecord) => detectPair(a, b).map((p) => p.type);
const reasons = (a: ClaimRecord, b: ClaimRecord) => detectPair(a, b).flatMap((p) => p.reasons);

describe("movement of a force", () => {
  const withdrew = claim("قال سكان إن قوات الدعم السريع انسحبت من مدينة الأبيض فجر الخميس.", "2025-11-06");

  it("a withdrawal one day and reinforcements the next, in Arabic and in English, contradict", () => {
    const reinforced = claim("وأفاد شهود بأن قوات الدعم السريع دفعت بتعزيزات كبيرة إلى الأبيض.", "2025-11-07");
    const english = claim("The Rapid Support Forces sent reinforcements to El Obeid on Friday, residents said.", "2025-11-07");
    expect(types(withdrew, reinforced)).toEqual(["contradicts"]);
    expect(types(withdrew, english)).toEqual(["contradicts"]);
    expect(reasons(withdrew, reinforced)).toEqual(expect.arrayContaining(["same place: الأبيض", "drawdown vs reinforcement"]));
  });

  it("a denial of the withdrawal contradicts it; the same withdrawal a month later is another event", () => {
    const denied = claim("The RSF said its forces had not withdrawn from El Obeid.", "2025-11-07");
    expect(types(withdrew, denied)).toEqual(["contradicts"]);
    const later = claim("قال سكان إن قوات الدعم السريع دفعت بتعزيزات إلى مدينة الأبيض.", "2025-12-10");
    expect(types(withdrew, later)).toEqual([]);
  });

  it("another force in the same town is not a conflict", () => {
    const army = claim("وأكد مصدر أن الجيش السوداني دفع بتعزيزات إلى مدينة الأبيض.", "2025-11-06");
    expect(types(withdrew, army)).toEqual([]);
  });

  it("a town named only to locate another one is not where the claim is", () => {
    const elsewhere = claim("قال سكان إن قوات الدعم السريع دفعت بتعزيزات إلى بلدة صغيرة شمال الأبيض.", "2025-11-06");
    expect(elsewhere.features.spots ?? []).not.toContain("el_obeid");
  });
});

describe("control of a place", () => {
  it("two parties each said to hold the same town contradict; the same party twice corroborates", () => {
    const army = claim(
      "وقال المتحدث باسم الجيش السوداني إن القوات المسلحة السودانية استعادت السيطرة على مدينة بارا.",
      "2025-10-25",
    );
    const rsf = claim("وقال شهود إن قوات الدعم السريع ما زالت تسيطر على مدينة بارا.", "2025-10-26");
    const armyEn = claim("The Sudanese army regained control of Bara, a spokesman said.", "2025-10-26");
    expect(types(army, rsf)).toEqual(["contradicts"]);
    expect(reasons(army, rsf)[0]).toMatch(/^held by: /);
    expect(types(army, armyEn)).toEqual(["corroborates"]);
  });
});

describe("a facility open or closed", () => {
  it("reopened against still closed on the same day contradicts; closed and then reopened is a sequence", () => {
    const reopened = claim(
      "The civil aviation authority said Aden International Airport reopened to flights on March 3.",
      "2025-03-04",
    );
    const closed = claim("قال موظف إن مطار عدن الدولي ما زال مغلقا أمام الرحلات.", "2025-03-03");
    expect(types(reopened, closed)).toEqual(["contradicts"]);
    const suspended = claim("أعلنت إدارة مطار عدن الدولي تعليق الرحلات يوم السبت.", "2025-03-01");
    const resumed = claim("أعلنت إدارة مطار عدن الدولي استئناف الرحلات بعد توقف دام يومين.", "2025-03-03");
    expect(types(suspended, resumed)).toEqual([]);
  });
});

describe("figures", () => {
  it("finds the count and its unit, and not dates, distances or breakdowns", () => {
    const at = (s: string) => findFigures(tokenize(normalizeArabic(s))).map((f) => [f.unit, f.value]);
    expect(at("وثقت الشبكة مقتل 47 مدنيا، بينهم 11 طفلا، في قصف على المخيم")).toEqual([["killed", 47]]);
    expect(at("airstrikes killed at least 12 people and wounded 30")).toEqual([
      ["killed", 12],
      ["injured", 30],
    ]);
    expect(at("دخلت 40 شاحنة مساعدات عبر المعبر في 12 أكتوبر، على بعد 5 كيلومترات")).toEqual([["trucks", 40]]);
  });

  it("a different toll for one day's attack on one camp contradicts, the same toll corroborates", () => {
    const doctors = claim("وثقت شبكة أطباء السودان مقتل 47 مدنيا في قصف على مخيم زمزم قرب الفاشر.", "2025-04-12");
    const army = claim("قال مصدر عسكري إن نحو 200 شخص قتلوا في قصف على مخيم زمزم.", "2025-04-13");
    const english = claim("The Sudan Doctors Network said 47 civilians were killed in shelling on Zamzam camp.", "2025-04-12");
    expect(types(doctors, army)).toEqual(["contradicts"]);
    expect(reasons(doctors, army)).toContain("figures: 47 vs 200 killed");
    expect(types(doctors, english)).toEqual(["corroborates"]);
  });

  it("a month's toll is not one day's", () => {
    const month = claim("ورصدت الشبكة مقتل 300 مدني في مخيم زمزم خلال نيسان/أبريل 2025.", "2025-05-02");
    const day = claim("وثقت الشبكة مقتل 47 مدنيا في قصف على مخيم زمزم.", "2025-04-12");
    expect(types(month, day)).toEqual([]);
  });
});

describe("an attack and its denial", () => {
  it("a force said to have shelled a camp, and the same force denying it, contradict; two strike reports do not corroborate by themselves", () => {
    const shelled = claim("قال سكان إن قوات الدعم السريع قصفت مخيم زمزم بالمدفعية الثقيلة.", "2025-04-12");
    const denied = claim("ونفت قوات الدعم السريع قصف مخيم زمزم، وقالت إن الاتهامات مفبركة.", "2025-04-13");
    const again = claim("The Rapid Support Forces shelled Zamzam camp again, aid workers said.", "2025-04-12");
    expect(types(shelled, denied)).toEqual(["contradicts"]);
    expect(reasons(shelled, denied)).toEqual(expect.arrayContaining(["attacked vs not_attacked", "one side is a denial"]));
    expect(types(shelled, again)).toEqual([]);
  });

  it("a force that expelled another from a town is said to hold it", () => {
    const expelled = claim("وقال شهود إن الجيش السوداني طرد قوات الدعم السريع من مدينة بارا.", "2025-10-25");
    const holds = claim("وأكد شهود أن قوات الدعم السريع ما زالت تسيطر على مدينة بارا.", "2025-10-25");
    expect(types(expelled, holds)).toEqual(["contradicts"]);
  });
});
