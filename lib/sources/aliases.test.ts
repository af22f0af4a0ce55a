import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/text/normalize";
import { aliasKey, findSourceMentions } from "./aliases";

const registry = [
  { id: "erem", aliases: ["إرم نيوز"] },
  { id: "sdf", aliases: ["قوات سوريا الديمقراطية", "قسد", "SDF"] },
  { id: "sohr", aliases: ["المرصد السوري", "المرصد السوري لحقوق الإنسان"] },
  { id: "modon", aliases: ["صحيفة المدن"], quotedAliases: ["المدن"] },
];

describe("aliasKey", () => {
  it("treats quoted and bracketed forms alike", () => {
    const k = aliasKey("قسد");
    for (const s of ["(قسد)", "«قسد»", "“قسد”", '"قسد"', "قَسَد"]) expect(aliasKey(s)).toBe(k);
    expect(aliasKey('"إرم نيوز"')).toBe(aliasKey("ارم نيوز"));
  });

  it("drops a clitic written before a quote, keeps the article", () => {
    expect(aliasKey("لـ”المدن”")).toBe("المدن");
    expect(aliasKey('و"قسد"')).toBe("قسد");
    expect(aliasKey("المرصد")).not.toBe(aliasKey("مرصد"));
  });

  it("lower-cases Latin names", () => {
    expect(aliasKey("SOHR")).toBe("sohr");
  });
});

describe("findSourceMentions", () => {
  const find = (s: string) => {
    const n = normalizeArabic(s);
    return findSourceMentions(n, registry).map((m) => ({ id: m.id, text: [...n].slice(m.start, m.end).join("") }));
  };

  it("prefers the longest alias", () => {
    expect(find("أكد المرصد السوري لحقوق الإنسان أن")).toEqual([{ id: "sohr", text: "المرصد السوري لحقوق الانسان" }]);
  });

  it("strips و/ب/ل/لـ before a name and reports the name's offsets", () => {
    expect(find("وفقا لما نقله “إرم نيوز”")).toEqual([{ id: "erem", text: "ارم نيوز" }]);
    expect(find("قال مصدر لـ”قسد”")).toEqual([{ id: "sdf", text: "قسد" }]);
    expect(find("تابعة لقوات سوريا الديمقراطية")).toEqual([{ id: "sdf", text: "قوات سوريا الديمقراطيه" }]);
    expect(find("وقسد")).toEqual([{ id: "sdf", text: "قسد" }]);
  });

  it("respects word boundaries", () => {
    expect(find("قسدية وقسدات")).toEqual([]);
    expect(find("SDFs")).toEqual([]);
  });

  it("matches common-word aliases only inside quotes", () => {
    expect(find("في عدد من المدن السورية")).toEqual([]);
    expect(find("وقال مصدر مطلع لـ”المدن”")).toEqual([{ id: "modon", text: "المدن" }]);
  });

  it("reports every mention in order", () => {
    expect(find('قوات سوريا الديمقراطية (قسد) و"إرم نيوز"').map((m) => m.id)).toEqual(["sdf", "sdf", "erem"]);
  });
});
