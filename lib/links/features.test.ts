import { describe, expect, it } from "vitest";
import { extractFeatures, type FeatureContext } from "@/lib/links/features";

// Sentences written the way the story's outlets write them, but not taken
// from the seeds: the rules must hold on text they were not tuned on.
const CTX: FeatureContext = { articleDate: "2025-09-10", articlePrecision: "day" };
const f = (text: string, ctx: FeatureContext = CTX) => extractFeatures(text, ctx);
const stance = (text: string, question = "coalition_presence") =>
  f(text).stances.find((s) => s.question === question)?.value ?? null;

describe("agent", () => {
  it("is the doer after the verb (VSO) or the topic (SVO), not a destination", () => {
    expect(f("سلّم التحالف الدولي قاعدة الشدادي إلى قسد").agent).toBe("coalition");
    expect(f("قوات التحالف الدولي أخلت موقعها في الباغوز").agent).toBe("coalition");
    expect(f("أرسلت قسد تعزيزات إلى منبج").agent).toBe("sdf");
  });

  it("skips the speaker of an attribution", () => {
    const x = f("قال مسؤول في قسد إن التحالف سلّم ثلاث نقاط في ريف دير الزور");
    expect(x.agent).toBe("coalition");
    expect(x.actors).toEqual(["sdf", "coalition"]);
    expect(f("وبحسب مصدر في الحكومة السورية فإن القوات الأمريكية انسحبت من التنف").agent).toBe("coalition");
  });

  it("takes the owner of 'X التابعة لـY' and the doer of 'من قبل'", () => {
    expect(f("نشرت القوات الخاصة التابعة لقسد مئات العناصر في الشحيل").agent).toBe("sdf");
    expect(f("شهدت البوكمال انسحاباً من قبل القوات الأمريكية").agent).toBe("coalition");
  });

  it("reads a capital as its government only when it acts", () => {
    expect(f("دمشق توافق على التنسيق مع التحالف الدولي").agent).toBe("syrian_government");
    expect(f("واشنطن تضغط على دمشق للانضمام إلى التحالف").agent).toBe("us_administration");
    const place = f("وصل وفد من التحالف الدولي إلى دمشق");
    expect(place.places.map((p) => p.id)).toContain("damascus");
    expect(place.actors).not.toContain("syrian_government");
  });

  it("recognizes an actor by a nationality adjective on a military noun", () => {
    expect(f("هبطت طائرة عسكرية أمريكية في قاعدة قسرك").agent).toBe("coalition");
  });
});

describe("places", () => {
  it("gives bases and fields their region", () => {
    expect(f("انسحب التحالف من حقل العمر").places).toEqual([{ id: "omar_field", region: "deir_ez_zor" }]);
    expect(f("تعزيزات في ريف دير الزور الشرقي").regions).toEqual(["deir_ez_zor"]);
  });

  it("tells قاعدة الوزير from the minister, and سد تشرين from the month", () => {
    expect(f("وصلت تعزيزات إلى قاعدة الوزير").places.map((p) => p.id)).toEqual(["wazir_base"]);
    expect(f("قال الوزير إن القوات باقية").places).toEqual([]);
    const dam = f("سيطرت قسد على سد تشرين", { articleDate: null, articlePrecision: "unknown" });
    expect(dam.places.map((p) => p.id)).toEqual(["tishrin_dam"]);
    expect(dam.time).toBeNull();
    expect(f("انسحبت القوات في تشرين الأول 2025").timeLabel).toBe("2025-10");
  });

  it("keeps broad areas out of regions", () => {
    expect(f("التحالف يعزز وجوده في شمال شرق سوريا").regions).toEqual([]);
  });
});

describe("stances", () => {
  it("reads drawdown, reinforcement and maintained presence", () => {
    expect(stance("انسحبت القوات الأمريكية من قاعدة التنف")).toBe("drawdown");
    expect(stance("سلّم التحالف مواقعه في الميادين لقسد")).toBe("drawdown");
    expect(stance("وصل رتل للتحالف محمل بالذخائر إلى الشدادي")).toBe("reinforcement");
    expect(stance("أرسل التحالف قوات إضافية إلى الحسكة")).toBe("reinforcement");
    expect(stance("قاعدة تل بيدر ما تزال نشطة وتعمل بكامل طاقتها")).toBe("maintained");
  });

  it("does not misread نشر, وصولاً إلى, تسليم السجون or a convoy turned back", () => {
    expect(stance("نشر التحالف الدولي بياناً حول عملياته في البادية")).toBeNull();
    expect(stance("نشر التحالف الدولي قوات في البادية")).toBe("reinforcement");
    expect(stance("امتدت جولة التحالف من الحسكة وصولاً إلى الرقة")).toBeNull();
    expect(stance("ناقش التحالف تسليم السجون إلى الحكومة السورية")).toBeNull();
    expect(stance("تسليم قسد معتقلين للحكومة السورية")).toBeNull();
    const back = f("منعت قوات الأمن العام رتلاً عسكرياً للتحالف الدولي وأعادته إلى الحسكة");
    expect(back.stances).toEqual([{ question: "government_coalition_relations", value: "friction", cue: expect.any(String) }]);
  });

  it("flips a stance inside a negation's scope", () => {
    expect(stance("لم تنسحب القوات الأمريكية من حقل كونيكو")).toBe("maintained");
    expect(stance("نفى التحالف الدولي الأنباء عن انسحابه من دير الزور")).toBe("maintained");
    expect(stance("الأنباء عن انسحاب القوات الأمريكية من الشدادي عارية عن الصحة")).toBe("maintained");
    expect(stance("لا صحة لإخلاء التحالف قواعده في الحسكة")).toBe("maintained");
    expect(f("لم تنسحب القوات الأمريكية من حقل كونيكو").stances[0].negated).toBe(true);
  });

  it("reads government–coalition cooperation and friction", () => {
    expect(stance("أعلنت الحكومة السورية انضمامها إلى التحالف الدولي", "government_coalition_relations")).toBe("cooperation");
    expect(stance("اعترضت وزارة الدفاع السورية دورية للتحالف في دير الزور", "government_coalition_relations")).toBe("friction");
    // Cooperation with a third party is not government–coalition cooperation.
    expect(stance("نفذ التحالف الدولي عمليات بالتنسيق مع قسد في الحسكة", "government_coalition_relations")).toBeNull();
  });

  it("gives the stance to the actor that holds it", () => {
    // Someone else's drawdown in the sentence is not the agent's.
    expect(stance("استغل داعش إخلاء قوات النظام السابق مواقعها في البادية", "force_presence")).toBeNull();
    expect(f("قامت قسد بنشر 500 عنصر في ريف دير الزور").stances).toEqual([
      { question: "force_presence", value: "reinforcement", cue: "بنشر" },
    ]);
  });
});

describe("time", () => {
  it("prefers dates in the text, else the article date at its precision", () => {
    expect(f("سلّم التحالف نقاطه في أيار الماضي").timeLabel).toBe("2025-05");
    expect(f("انسحب التحالف من نقاطه").time).toEqual({ from: "2025-09-10", to: "2025-09-10" });
    expect(f("انسحب التحالف", { articleDate: "2025-11-29T20:47:00", articlePrecision: "month" }).timeLabel).toBe("2025-11");
    const none = f("انسحب التحالف", { articleDate: null, articlePrecision: "unknown" });
    expect(none).toMatchObject({ time: null, timeLabel: "unknown" });
  });

  it("is JSON-serializable", () => {
    const x = f("قال مصدر مطلع إن القوات الأمريكية انسحبت من حقل العمر في أيار 2025");
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});
