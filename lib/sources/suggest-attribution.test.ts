// Unseen, made-up article snippets: the rules must hold beyond the sample corpus.
import { describe, expect, it } from "vitest";
import { REGISTRY_SEED } from "./registry-seed";
import { suggestAttribution } from "./suggest-attribution";

/** Suggestions for the sentence holding `quote` within `text`. */
function at(text: string, quote: string) {
  const i = text.indexOf(quote);
  if (i < 0) throw new Error(`missing: ${quote}`);
  const start = [...text.slice(0, i)].length;
  return suggestAttribution(text, { start, end: start + [...quote].length }, REGISTRY_SEED);
}
const first = (text: string, quote = text) => at(text, quote)[0];

describe("suggestAttribution", () => {
  it("falls back to the outlet's own assertion", () => {
    expect(first("وصلت تعزيزات جديدة إلى قاعدة الشدادي جنوب الحسكة.")).toMatchObject({
      kind: "unattributed",
      sourceId: null,
      reliability: "F",
      credibility: 6,
    });
  });

  it("reads qualified unnamed sources and their affiliation", () => {
    expect(first('وقال مصدر عسكري في قوات سوريا الديمقراطية لـ"عنب بلدي" إن الهجوم صُدّ.')).toMatchObject({
      kind: "anonymous",
      affiliation: "sdf",
      reliability: "F",
      sourceName: "مصدر عسكري",
    });
    expect(first("أكدت مصادر محلية أن الطريق أُغلق.")).toMatchObject({ kind: "anonymous", sourceName: "مصادر محلية" });
    expect(first("وبحسب مسؤول أمريكي، فإن الانسحاب سيكتمل قريبا.")).toMatchObject({ kind: "anonymous" });
  });

  it("does not read 'a source of concern' as a source", () => {
    expect(first("ويبقى ملف المخيمات مصدر قلق للحكومة.").kind).toBe("unattributed");
  });

  it("ignores names inside the reported content", () => {
    expect(first("قالت مصادر مطلعة إن المرصد السوري أخطأ في أرقامه.")).toMatchObject({ kind: "anonymous" });
    expect(at("قالت مصادر مطلعة إن المرصد السوري أخطأ في أرقامه.", "أخطأ").some((s) => s.sourceId === "sohr")).toBe(false);
  });

  it("treats the outlet a source spoke to as the recipient, not the source", () => {
    const s = first("وقال قيادي في قسد لوكالة رويترز إن المفاوضات متوقفة.");
    expect(s).toMatchObject({ kind: "anonymous", affiliation: "sdf", via: null });
  });

  it("makes an outlet the relay when it cites someone else", () => {
    expect(first("ذكرت وكالة رويترز نقلا عن مصادر أمنية أن الاجتماع تأجل.")).toMatchObject({ kind: "anonymous", via: "reuters" });
    expect(first('بحسب ما أوردته صحيفة "واشنطن بوست"، فإن القوات ستبقى.')).toMatchObject({
      kind: "media_report",
      sourceName: "واشنطن بوست",
    });
    expect(first("وفقا لما نقلته رويترز، ارتفع عدد القتلى.")).toMatchObject({ kind: "media_report", sourceId: "reuters" });
  });

  it("reads channels", () => {
    expect(first("وقال الشرع في مؤتمر صحفي إن الاتفاق نهائي.")).toMatchObject({
      kind: "official_statement",
      sourceId: "ahmed-al-sharaa",
      channel: "press_conference",
    });
    expect(first("وكتب توماس باراك في تغريدة أن واشنطن تدعم الحوار.")).toMatchObject({
      sourceId: "thomas-barrack",
      channel: "x_post",
    });
    expect(first("وقال الشرع لشبكة CBS إن بلاده لا تحتاج قسد.")).toMatchObject({
      sourceId: "ahmed-al-sharaa",
      channel: "tv_interview",
    });
    expect(first("وأعلنت القيادة المركزية الأمريكية في بيان أنها قتلت قياديا في التنظيم.")).toMatchObject({
      kind: "official_statement",
      sourceId: "centcom",
      channel: "statement",
    });
  });

  it("names officials missing from the registry by their title", () => {
    const s = first("وقال المتحدث باسم وزارة الخارجية الأمريكية في مؤتمر صحفي إن العقوبات باقية.");
    expect(s).toMatchObject({
      kind: "official_statement",
      sourceId: null,
      affiliation: "us-state-department",
      channel: "press_conference",
    });
    expect(s.sourceName).toContain("المتحدث");
  });

  it("reads correspondents, eyewitnesses, monitors and think tanks", () => {
    expect(first("وأفاد مراسل رويترز في الرقة بأن الاشتباكات توقفت.")).toMatchObject({
      kind: "correspondent",
      sourceId: "reuters",
    });
    expect(first("وقال شهود عيان إن طائرات حلقت فوق المدينة.")).toMatchObject({ kind: "correspondent", sourceName: "شهود عيان" });
    expect(first("ووثقت الشبكة السورية لحقوق الإنسان مقتل 12 مدنيا.")).toMatchObject({
      kind: "monitor_report",
      sourceId: "snhr",
      reliability: "B",
    });
    expect(first("وكشفت ورقة بحثية نشرها مركز جسور للدراسات أن الفصائل منقسمة.")).toMatchObject({
      kind: "think_tank_report",
      channel: "published_report",
    });
  });

  it("resolves back-references across paragraphs", () => {
    const text = [
      "قال مصدر أمني في وزارة الداخلية السورية إن خلية اعتقلت في الميادين.",
      "وتسعى الحكومة إلى تعزيز حضورها في المنطقة.",
      "وأضاف المصدر أن الخلية كانت تخطط لهجمات.",
      "ونفى المرصد السوري ذلك.",
      "وأكد المرصد أن المعتقلين مدنيون.",
    ].join("\n");
    expect(first(text, "الخلية كانت تخطط")).toMatchObject({ kind: "anonymous", affiliation: "sy-ministry-interior" });
    expect(first(text, "وتسعى الحكومة").kind).toBe("unattributed");
    expect(first(text, "المعتقلين مدنيون")).toMatchObject({ kind: "monitor_report", sourceId: "sohr" });
  });

  it("continues a subject-less 'وأضاف' with the last speaker and carries it through the paragraph", () => {
    const text =
      'وقال وزير الخارجية السوري أسعد الشيباني إن الحوار مستمر. وتابع: "لن نقبل بالتقسيم". وهذه رسالة واضحة لواشنطن.\nوشهدت المدينة هدوءا حذرا.';
    expect(first(text, "لن نقبل بالتقسيم")).toMatchObject({
      kind: "official_statement",
      sourceId: "asaad-al-shaibani",
      affiliation: "sy-ministry-foreign",
    });
    expect(first(text, "وهذه رسالة")).toMatchObject({ sourceId: "asaad-al-shaibani" });
    expect(first(text, "وشهدت المدينة").kind).toBe("unattributed");
  });

  it("returns several attributions for a claim with several sources", () => {
    const s = at("وبحسب مصادر محلية ومصادر عسكرية في قسد، فإن الرتل عاد أدراجه.", "الرتل عاد");
    expect(s.map((x) => x.kind)).toEqual(["anonymous", "anonymous"]);
    expect(s[1].affiliation).toBe("sdf");
  });

  it("sees through broken words and alternative spellings", () => {
    expect(first("وقـال مصـ ـدر مطّلع إنّ الاتفاق وُقّع.")).toMatchObject({ kind: "anonymous" });
    expect(first("أكد «المرصد السوري» أن الهجوم وقع ليلا.")).toMatchObject({ sourceId: "sohr" });
  });
});
