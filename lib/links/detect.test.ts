import { describe, expect, it } from "vitest";
import { bucketKeys, detectAll, detectForClaim, detectPair } from "@/lib/links/detect";
import { extractFeatures } from "@/lib/links/features";
import type { ClaimRecord } from "@/lib/links/types";

// Sentences copied from the seed articles. 002 has no date in its metadata
// (it says "أيار الفائت"); 004 is undated but counts "منذ مطلع العام 2025":
// both are dated to the year 2025 at year precision.
const Y2025 = { articleDate: "2025", articlePrecision: "year" as const };

const S002_HANDOVER =
  "قال مصدر مسؤول في قوات سوريا الديمقراطية (قسد) لـ”شبكة الصحافة الحرة” إن التحالف الدولي بقيادة الولايات المتحدة الأمريكية سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه المدنية والعسكرية في محافظة دير الزور بعد سحب كامل معداته العسكرية واللوجستية منها.";
const S002_WITHDRAWAL =
  "قوات التحالف انسحبت من ثلاث قواعد عسكرية رئيسية، أبرزها “القرية الخضراء” في حقل كونيكو للغاز، التي تم تفريغها بالكامل وإغلاقها، وقاعدة دعم المهام في حقل العمر النفطي، التي تسلمتها قوات قسد رسمياً، بالإضافة إلى قاعدة ثالثة لم يُفصح عن موقعها لأسباب أمنية.";
const S002_STILL_ACTIVE =
  "مصادر ميدانية أكدت لشبكة الصحافة الحرة أن قاعدتا الوزير وخراب الجير ما تزالان نشطتين، إلى جانب القاعدة الاستراتيجية في رميلان، والتي تمثل أحد أهم المراكز اللوجستية والاستخباراتية للتحالف في شمال شرق سوريا.";
const S004_OPENING =
  "شهدت مناطق شمال وشرق سوريا، خصوصاً ريف دير الزور والحسكة، اليوم تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي بقيادة الولايات المتحدة، في إطار جهود تثبيت السيـ ـطرة وتأمين خطوط التمـ ـاس على ضفاف نهر الفرات خصوصاً ضـ ـد خـ ـلايا د..ا..عـ ـش.";
const S004_QASRAK =
  "ووصلت إلى قاعدة قسرك شمال مدينة الحسكة تعزيزات ضخمة تشمل أسلحة نوعية ومواد لوجستية، حيث هبطت صباح اليوم طائرة شحن عسكرية أمريكية محملة بمضادات جوية ومعدات عسكرية متقدمة، إلى جانب رتل يضم 25 شاحنة محمّلة بالأسلحة والعربات العسكرية والمواد اللوجستية والصهاريج، قادماً عبر معبر وليد الحدودي مع إقليم كوردستان العراق.";
const S004_KHARAB =
  "كما هبطت بعد منتصف ليل الأحد – الاثنين طائرة شحن أمريكية في قاعدة خراب الجير بريف رميلان شمال الحسكة، برفقة مروحية، محملة بشحنات من الذخائر والأسلحة ومعدات دعم لوجستية إضافية.";
const S004_SDF =
  "وفي سياق تعزيز الأمن، قامت قوات النخبة التابعة لقوات سوريا الديمقراطية (TOL) بنشر نحو 3 آلاف عنصر على طول خطوط التماس في ريف دير الزور، بالإضافة إلى نشر 800 قناص على ضفة نهر الفرات، في محاولة لوقف أي تحركات محتملة لخلايا تنظيم “داعش” وتأمين مناطق المدنيين.";

const claim = (id: string, articleId: string, text: string): ClaimRecord => ({
  id,
  articleId,
  features: extractFeatures(text, Y2025),
});

const handover = claim("002-handover", "002", S002_HANDOVER);
const withdrawal = claim("002-withdrawal", "002", S002_WITHDRAWAL);
const stillActive = claim("002-still-active", "002", S002_STILL_ACTIVE);
const opening = claim("004-opening", "004", S004_OPENING);
const qasrak = claim("004-qasrak", "004", S004_QASRAK);
const kharab = claim("004-kharab", "004", S004_KHARAB);
const sdf = claim("004-sdf", "004", S004_SDF);

describe("detectPair on the seeds", () => {
  it("handover in Deir ez-Zor contradicts the coalition's reinforcements in Deir ez-Zor and Hasakah", () => {
    const [p] = detectPair(handover, opening);
    expect(p).toMatchObject({ type: "contradicts", question: "coalition_presence" });
    expect(p.reasons).toEqual(
      expect.arrayContaining([
        "same agent: التحالف الدولي",
        "same region: دير الزور",
        "drawdown vs reinforcement",
        "2025-05 vs 2025",
      ]),
    );
    expect(p.score).toBeGreaterThan(0.6);
  });

  it("withdrawal from three Deir ez-Zor bases contradicts the same reinforcements", () => {
    expect(detectPair(withdrawal, opening).map((p) => p.type)).toEqual(["contradicts"]);
  });

  it("Kharab al-Jir still active corroborates the cargo plane landing at Kharab al-Jir", () => {
    const [p] = detectPair(stillActive, kharab);
    expect(p).toMatchObject({ type: "corroborates", question: "coalition_presence" });
    expect(p.reasons).toEqual(expect.arrayContaining(["same agent: التحالف الدولي", "same place: قاعدة خراب الجير"]));
  });

  it("withdrawal from Deir ez-Zor bases does not contradict reinforcements at Qasrak (Hasakah)", () => {
    expect(qasrak.features.agent).toBe("coalition");
    expect(qasrak.features.regions).not.toContain("deir_ez_zor");
    expect(detectPair(withdrawal, qasrak)).toEqual([]);
    expect(detectPair(handover, qasrak)).toEqual([]);
  });

  it("the handover does not contradict the SDF deploying 3,000 fighters (another agent)", () => {
    expect(sdf.features.agent).toBe("sdf");
    expect(sdf.features.regions).toContain("deir_ez_zor");
    expect(detectPair(handover, sdf)).toEqual([]);
  });

  it("does not compare claims of the same article unless asked", () => {
    expect(detectPair(handover, withdrawal)).toEqual([]);
    expect(detectPair(handover, withdrawal, { includeSameArticle: true }).map((p) => p.type)).toEqual(["corroborates"]);
  });
});

describe("buckets and dismissals", () => {
  const all = [handover, withdrawal, stillActive, opening, qasrak, kharab, sdf];

  it("buckets by agent × region", () => {
    expect(bucketKeys(handover.features)).toEqual(["coalition@deir_ez_zor"]);
    expect(bucketKeys(opening.features).sort()).toEqual(["coalition@deir_ez_zor", "coalition@hasakah"]);
    expect(bucketKeys(sdf.features)).toEqual(["sdf@deir_ez_zor"]);
  });

  it("detectAll finds the seed links and nothing across agents or regions", () => {
    const found = detectAll(all)
      .map((p) => `${p.a}|${p.b}|${p.type}`)
      .sort();
    expect(found).toEqual(
      [
        "002-handover|004-opening|contradicts",
        "002-still-active|004-kharab|corroborates",
        "002-withdrawal|004-opening|contradicts",
      ].sort(),
    );
  });

  it("detectAll compares only within buckets", () => {
    // Same agent, different regions: never in a shared bucket, so never compared.
    const far = claim("x-aleppo", "x", "انسحبت القوات الأمريكية من قاعدة في منبج.");
    // its agent's region, and the town it names (where claims that name no doer meet it)
    expect(bucketKeys(far.features)).toEqual(["coalition@aleppo", "at:manbij"]);
    expect(detectAll([far, opening])).toEqual([]);
  });

  it("skips dismissed pairs in either id order", () => {
    const dismissed = new Set(["004-opening:002-handover:contradicts"]);
    expect(detectPair(handover, opening, { dismissed })).toEqual([]);
    expect(detectForClaim(handover, all, { dismissed }).some((p) => p.b === "004-opening")).toBe(false);
  });

  it("an unknown date overlaps every window but scores lower", () => {
    const undated = { ...opening, id: "004-undated", features: { ...opening.features, time: null, timeLabel: "unknown" } };
    const [known] = detectPair(handover, opening);
    const [unknown] = detectPair(handover, undated);
    expect(unknown.type).toBe("contradicts");
    expect(unknown.score).toBeLessThan(known.score);
  });

  it("does not link claims whose times do not overlap", () => {
    const old = claim("x-2019", "x", "وصلت تعزيزات عسكرية للتحالف الدولي إلى دير الزور في آذار 2019.");
    expect(old.features.timeLabel).toBe("2019-03");
    expect(detectPair(handover, old)).toEqual([]);
  });
});
