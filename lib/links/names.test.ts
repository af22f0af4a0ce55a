import { describe, expect, it } from "vitest";
import { shippedKnowledge } from "@/lib/knowledge/shipped";
import { compilePacks } from "@/lib/knowledge/compile";
import { packSchema } from "@/lib/knowledge/pack-schema";
import { actorIdOf, actorLabel, namesIn, placeIdOf, placeLabel } from "./names";

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /^[\p{Script=Latin}0-9]/u;

describe("actor and place names", () => {
  it("come from the knowledge in both languages", () => {
    expect(placeLabel("deir_ez_zor")).toEqual({ en: "Deir ez-Zor", ar: "دير الزور" });
    expect(actorLabel("coalition")).toEqual({ en: "International Coalition", ar: "التحالف الدولي" });
    const { actors, places } = shippedKnowledge();
    for (const e of [...actors, ...places]) {
      expect(e.nameAr, e.id).toMatch(ARABIC);
      expect(e.nameEn, e.id).toMatch(LATIN);
    }
  });

  it("fall back to the id in both languages when the knowledge does not know it", () => {
    expect(placeLabel("atlantis")).toEqual({ en: "atlantis", ar: "atlantis" });
  });

  it("lead from an Arabic name back to the id", () => {
    expect(actorIdOf("قوات سوريا الديمقراطية (قسد)")).toBe("sdf");
    expect(actorIdOf("التحالف الدولي")).toBe("coalition");
    expect(placeIdOf("دير الزور")).toBe("deir_ez_zor");
    expect(placeIdOf("الحسكة")).toBe("hasakah");
    expect(placeIdOf("مكان ما")).toBe("مكان ما");
  });

  it("come from the desk's knowledge when it is given: a place the desk added has its own names", () => {
    const desk = compilePacks([
      packSchema.parse({
        format: "claimdesk-knowledge-pack",
        version: 1,
        id: "desk",
        name: { en: "desk", ar: "desk" },
        provenance: "test",
        places: [
          { key: "jabrat_al_sheikh", nameAr: "جبرة الشيخ", nameEn: "Jabrat al-Sheikh", kind: "town", aliases: ["جبرة الشيخ"] },
        ],
      }),
    ]);
    expect(namesIn(desk).placeLabel("jabrat_al_sheikh")).toEqual({ en: "Jabrat al-Sheikh", ar: "جبرة الشيخ" });
    expect(namesIn(desk).placeIdOf("جبرة الشيخ")).toBe("jabrat_al_sheikh");
    expect(placeLabel("jabrat_al_sheikh")).toEqual({ en: "jabrat_al_sheikh", ar: "jabrat_al_sheikh" });
  });
});
