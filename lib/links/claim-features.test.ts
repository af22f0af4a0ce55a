import { describe, expect, it } from "vitest";
import { claimFeatures, facetKeys } from "@/lib/links/claim-features";
import { detectPair } from "@/lib/links/detect";
import { extractFeatures } from "@/lib/links/features";

// Editors often select part of a sentence. These parts of seed sentences lack
// the doer or the place; the sentence around them supplies it.
const ctx = { articleDate: null, articlePrecision: "unknown" as const };

const S002_HANDOVER =
  "قال مصدر مسؤول في قوات سوريا الديمقراطية (قسد) لـ”شبكة الصحافة الحرة” إن التحالف الدولي بقيادة الولايات المتحدة الأمريكية سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه المدنية والعسكرية في محافظة دير الزور بعد سحب كامل معداته العسكرية واللوجستية منها.";
const S002_WITHDRAWAL =
  "قوات التحالف انسحبت من ثلاث قواعد عسكرية رئيسية، أبرزها “القرية الخضراء” في حقل كونيكو للغاز، التي تم تفريغها بالكامل وإغلاقها، وقاعدة دعم المهام في حقل العمر النفطي، التي تسلمتها قوات قسد رسمياً، بالإضافة إلى قاعدة ثالثة لم يُفصح عن موقعها لأسباب أمنية.";
const S004_OPENING =
  "شهدت مناطق شمال وشرق سوريا، خصوصاً ريف دير الزور والحسكة، اليوم تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي بقيادة الولايات المتحدة، في إطار جهود تثبيت السيـ ـطرة وتأمين خطوط التمـ ـاس على ضفاف نهر الفرات خصوصاً ضـ ـد خـ ـلايا د..ا..عـ ـش.";
const S004_SDF =
  "وفي سياق تعزيز الأمن، قامت قوات النخبة التابعة لقوات سوريا الديمقراطية (TOL) بنشر نحو 3 آلاف عنصر على طول خطوط التماس في ريف دير الزور، بالإضافة إلى نشر 800 قناص على ضفة نهر الفرات، في محاولة لوقف أي تحركات محتملة لخلايا تنظيم “داعش” وتأمين مناطق المدنيين.";

const parts = {
  handover: ["سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه المدنية والعسكرية في محافظة دير الزور", S002_HANDOVER],
  withdrawal: ["انسحبت من ثلاث قواعد عسكرية رئيسية، أبرزها “القرية الخضراء” في حقل كونيكو للغاز", S002_WITHDRAWAL],
  opening: ["تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي بقيادة الولايات المتحدة", S004_OPENING],
  sdf: ["بنشر نحو 3 آلاف عنصر على طول خطوط التماس في ريف دير الزور", S004_SDF],
} as const;

const alone = (k: keyof typeof parts) => extractFeatures(parts[k][0], ctx);
const withSentence = (k: keyof typeof parts) => claimFeatures(parts[k][0], [parts[k][1]], ctx);
const rec = (id: string, features: ReturnType<typeof alone>) => ({ id, articleId: id.slice(0, 3), features });

describe("claimFeatures: a part of a sentence borrows what it lacks from the sentence", () => {
  it("the quote alone misses the doer of the handover", () => {
    expect(alone("handover")).toMatchObject({ agent: null, stances: [{ question: "force_presence", value: "drawdown" }] });
    expect(withSentence("handover")).toMatchObject({
      agent: "coalition",
      regions: ["deir_ez_zor"],
      stances: [{ question: "coalition_presence", value: "drawdown" }],
    });
    // a base names its holder when the quote names no doer
    expect(withSentence("withdrawal").agent).toBe("coalition");
  });

  it("the reinforcements' region comes from the sentence when the quote names none", () => {
    expect(alone("opening").regions).toEqual([]);
    expect(withSentence("opening").regions.sort()).toEqual(["deir_ez_zor", "hasakah"]);
  });

  it("the SDF's deployment stays the SDF's", () => {
    expect(withSentence("sdf").agent).toBe("sdf");
  });

  it("with the sentences, the parts find the seed conflict; alone they do not", () => {
    expect(detectPair(rec("002-h", alone("handover")), rec("004-o", alone("opening")))).toEqual([]);
    const [p] = detectPair(rec("002-h", withSentence("handover")), rec("004-o", withSentence("opening")));
    expect(p).toMatchObject({ type: "contradicts" });
    expect(detectPair(rec("002-h", withSentence("handover")), rec("004-s", withSentence("sdf")))).toEqual([]);
  });

  it("a whole sentence is its own context", () => {
    expect(claimFeatures(S002_HANDOVER, [S002_HANDOVER], ctx)).toEqual(extractFeatures(S002_HANDOVER, ctx));
  });

  it("facet keys: buckets, places with their region, actors", () => {
    const keys = facetKeys(withSentence("withdrawal"));
    expect(keys).toEqual(expect.arrayContaining(["b:coalition@deir_ez_zor", "p:conoco_field", "r:deir_ez_zor", "a:coalition"]));
  });
});
