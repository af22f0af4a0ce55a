import { describe, expect, it } from "vitest";
import { detectPair } from "./detect";
import { extractFeatures } from "./features";
import { linkReasons, parseLinkReason, reasonText, type LinkReason } from "./reasons";

// Stored sentences as detection wrote them before reasons were data (and still writes them).
const HANDOVER =
  "إن التحالف الدولي بقيادة الولايات المتحدة الأمريكية سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه المدنية والعسكرية في محافظة دير الزور بعد سحب كامل معداته العسكرية واللوجستية منها.";
const OPENING =
  "شهدت مناطق شمال وشرق سوريا، خصوصاً ريف دير الزور والحسكة، اليوم تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي بقيادة الولايات المتحدة.";
const Y2025 = { articleDate: "2025", articlePrecision: "year" as const };

describe("link reasons", () => {
  it("read the sentences stored before codes existed", () => {
    expect(parseLinkReason("same agent: التحالف الدولي")).toEqual({ code: "sameAgent", actor: "coalition" });
    expect(parseLinkReason("same region: دير الزور")).toEqual({ code: "sameRegion", place: "deir_ez_zor" });
    expect(parseLinkReason("same place: قاعدة خراب الجير")).toMatchObject({ code: "samePlace" });
    expect(parseLinkReason("same parties: الحكومة السورية – التحالف الدولي")).toEqual({
      code: "sameParties",
      a: "syrian_government",
      b: "coalition",
    });
    expect(parseLinkReason("drawdown vs reinforcement")).toEqual({ code: "stances", a: "drawdown", b: "reinforcement" });
    expect(parseLinkReason("one side is a denial")).toEqual({ code: "denial" });
    expect(parseLinkReason("2025-05 vs 2025")).toEqual({ code: "times", a: "2025-05", b: "2025", known: true });
    expect(parseLinkReason("2025-05..2025-06 vs unknown (time unknown)")).toEqual({
      code: "times",
      a: "2025-05..2025-06",
      b: "unknown",
      known: false,
    });
  });

  it("keep a name the lexicons no longer know, and any other sentence, as written", () => {
    expect(parseLinkReason("same agent: جيش مجهول")).toEqual({ code: "sameAgent", actor: "جيش مجهول" });
    expect(parseLinkReason("same week")).toEqual({ code: "text", text: "same week" });
    expect(parseLinkReason("قوات vs قسد")).toEqual({ code: "text", text: "قوات vs قسد" });
  });

  it("write and read back every kind of reason", () => {
    const all: LinkReason[] = [
      { code: "sameParties", a: "syrian_government", b: "coalition" },
      { code: "sameAgent", actor: "sdf" },
      { code: "samePlace", place: "kharab_al_jir_base" },
      { code: "sameRegion", place: "hasakah" },
      { code: "stances", a: "cooperation", b: "friction" },
      { code: "denial" },
      { code: "times", a: "2025-05-03", b: "2025", known: true },
      { code: "times", a: "2025", b: "unknown", known: false },
      { code: "similarity", score: "0.72" },
      { code: "sharedTerms", terms: "بارا، انسحبت، 47" },
      { code: "text", text: "كلاهما صحيح" },
    ];
    for (const r of all) expect(parseLinkReason(reasonText(r))).toEqual(r);
  });

  it("are all understood as they come out of detection", () => {
    const [p] = detectPair(
      { id: "a", articleId: "002", features: extractFeatures(HANDOVER, Y2025) },
      { id: "b", articleId: "004", features: extractFeatures(OPENING, Y2025) },
    );
    expect(p.reasons).toContain("same agent: التحالف الدولي");
    const parsed = linkReasons({ reasons: p.reasons, proposedBy: "system" });
    expect(parsed.filter((r) => r.code === "text")).toEqual([]);
    expect(parsed).toContainEqual({ code: "sameAgent", actor: "coalition" });
  });

  it("leave an editor's note alone even when it looks like a reason", () => {
    expect(linkReasons({ reasons: ["same agent: التحالف الدولي"], proposedBy: "editor" })).toEqual([
      { code: "text", text: "same agent: التحالف الدولي" },
    ]);
  });
});
