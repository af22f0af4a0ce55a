// Speakers no registry entry names, in Arabic and English: the kind comes from the grammar.
import { describe, expect, it } from "vitest";
import { REGISTRY_SEED } from "./registry-seed";
import { suggestAttribution } from "./suggest-attribution";

const first = (text: string) => suggestAttribution(text, { start: 0, end: [...text].length }, REGISTRY_SEED)[0];

describe("open attribution grammar", () => {
  it.each([
    ["أفاد مراسلنا في كسلا بأن الجيش أغلق الطريق المؤدي إلى الحدود الإريترية.", "correspondent"],
    ["قال شهود عيان إن طائرة مسيّرة قصفت سوق مدينة سنار صباح الاثنين.", "correspondent"],
    ["وقال سكان في حي الثورة إن الكهرباء انقطعت منذ ثلاثة أيام.", "correspondent"],
    ["Witnesses said the militia set fire to the market in Kutum on Tuesday.", "correspondent"],
  ])("reads correspondents and eyewitnesses: %s", (text, kind) => {
    expect(first(text).kind).toBe(kind);
  });

  it.each([
    ["وثّقت شبكة أطباء كردفان مقتل 12 مدنيا في قصف على مدينة الدلنج.", "شبكة أطباء كردفان"],
    ["وذكرت منظمة سواسية للحقوق في تقرير أنها رصدت 20 حالة اعتقال في تعز.", "منظمة سواسية للحقوق"],
    ["The Darfur Victims Network documented 30 deaths in Nyala last week.", "Darfur Victims Network"],
  ])("reads monitors and documentation networks: %s", (text, name) => {
    expect(first(text)).toMatchObject({ kind: "monitor_report", sourceId: null });
    expect(first(text).sourceName).toContain(name);
  });

  it.each([
    ["وقالت وزارة الصحة في ولاية النيل الأزرق إن 14 شخصا أصيبوا بالكوليرا.", "وزارة الصحة"],
    ["وأعلنت هيئة الموانئ اليمنية أن ميناء المكلا استأنف العمل.", "هيئة الموانئ اليمنية"],
    ["The port authority said in a statement that the terminal in Mukalla had reopened.", "port authority"],
    ["Separately, the provincial health office said 9 people were wounded.", "provincial health office"],
  ])("reads bodies and officials by their title: %s", (text, name) => {
    expect(first(text)).toMatchObject({ kind: "official_statement", sourceId: null });
    expect(first(text).sourceName).toContain(name);
  });

  it("reads a body that speaks after the fact (كان … قد)", () => {
    expect(first("وكانت منظمة الهجرة الدولية قد أعلنت أن 5 آلاف أسرة نزحت من القرى.")).toMatchObject({
      kind: "official_statement",
      sourceName: "منظمة الهجرة الدولية",
    });
  });

  it("reads a registry monitor after كان … قد, and a network named again by الشبكة", () => {
    expect(first("وكان المرصد السوري لحقوق الإنسان قد أفاد الشهر الماضي بأن 5 مدنيين قتلوا في الرقة.")).toMatchObject({
      kind: "monitor_report",
      sourceId: "sohr",
    });
    const text = "وثّقت شبكة أطباء كردفان مقتل 12 مدنيا في الدلنج. وقالت الشبكة في بيان إن المستشفى خرج عن الخدمة.";
    const later = [...text].length - 30;
    expect(suggestAttribution(text, { start: later, end: later + 5 }, REGISTRY_SEED)[0].kind).toBe("monitor_report");
  });

  it("reads an English speaker in apposition (by the title next to the verb) and a governor by title", () => {
    expect(first("Col. Ahmed Salim, a militia spokesman, said in a statement that the bridge was destroyed.")).toMatchObject({
      kind: "official_statement",
      sourceName: "militia spokesman",
    });
    expect(first("وقال والي سنار في تصريح لإذاعة محلية إن الطريق أعيد فتحه.")).toMatchObject({
      kind: "official_statement",
      sourceName: "والي سنار",
    });
  });

  it("reads an unnamed English source and deliberate anonymity", () => {
    expect(first("A militia source said the convoy had left Kadugli overnight.").kind).toBe("anonymous");
    expect(first("A trader who spoke on condition of anonymity said prices had doubled.").kind).toBe("anonymous");
  });

  it("reads posts on a platform as social media, and bare نشر as deployment", () => {
    expect(first("ونشر ناشطون على فيسبوك صورا قالوا إنها لآليات عسكرية في مدينة الرهد.").kind).toBe("social_media_post");
    expect(first("وقام الجيش بنشر نحو ألفي عنصر في محيط المدينة.").kind).toBe("unattributed");
  });

  it("does not take a plan or a figure for a speaker", () => {
    expect(first("وبحسب الخطة، تنسحب القوات من المدينة خلال أسبوعين.").kind).toBe("unattributed");
  });
});
