import { describe, expect, it } from "vitest";
import { ACTORS } from "@/lib/text/lexicons/actors";
import { PLACES } from "@/lib/text/lexicons/places";
import { actorIdOf, actorLabel, placeIdOf, placeLabel } from "./names";

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /^[A-Za-z]/;

describe("actor and place names", () => {
  it("come from the lexicons in both languages", () => {
    expect(placeLabel("deir_ez_zor")).toEqual({ en: "Deir ez-Zor", ar: "دير الزور" });
    expect(actorLabel("coalition")).toEqual({ en: "International Coalition", ar: "التحالف الدولي" });
    for (const e of [...ACTORS, ...PLACES]) {
      expect(e.nameAr, e.id).toMatch(ARABIC);
      expect(e.nameEn, e.id).toMatch(LATIN);
    }
  });

  it("fall back to the id in both languages when the lexicons do not know it", () => {
    expect(placeLabel("atlantis")).toEqual({ en: "atlantis", ar: "atlantis" });
  });

  it("lead from an Arabic name back to the id", () => {
    expect(actorIdOf("قوات سوريا الديمقراطية (قسد)")).toBe("sdf");
    expect(actorIdOf("التحالف الدولي")).toBe("coalition");
    expect(placeIdOf("دير الزور")).toBe("deir_ez_zor");
    expect(placeIdOf("الحسكة")).toBe("hasakah");
    expect(placeIdOf("مكان ما")).toBe("مكان ما");
  });
});
