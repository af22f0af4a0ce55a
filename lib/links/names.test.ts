import { describe, expect, it } from "vitest";
import { shippedKnowledge } from "@/lib/knowledge/shipped";
import { compilePacks } from "@/lib/knowledge/compile";
import { packSchema } from "@/lib/knowledge/pack-schema";
import { actorIdOf, actorLabel, namesIn, placeIdOf, placeLabel } from "./names";

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /^[A-Za-z]/;

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
        places: [{ key: "bara", nameAr: "بارا", nameEn: "Bara", kind: "town", aliases: ["بارا"] }],
      }),
    ]);
    expect(namesIn(desk).placeLabel("bara")).toEqual({ en: "Bara", ar: "بارا" });
    expect(namesIn(desk).placeIdOf("بارا")).toBe("bara");
    expect(placeLabel("bara")).toEqual({ en: "bara", ar: "bara" });
  });
});
