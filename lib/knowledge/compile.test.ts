import { describe, expect, it } from "vitest";
import { REGISTRY_SEED } from "@/lib/sources/registry-seed";
import { compilePacks, regionOf } from "./compile";
import { packSchema } from "./pack-schema";
import { shippedKnowledge } from "./shipped";

describe("the north-east Syria pack", () => {
  const kb = shippedKnowledge();

  it("buckets the sample story's bases and fields under their governorates, so stored facets keep their meaning", () => {
    const region = (id: string) => kb.places.find((p) => p.id === id)?.region;
    expect(region("omar_field")).toBe("deir_ez_zor");
    expect(region("deir_ez_zor")).toBe("deir_ez_zor");
    expect(region("hasakah")).toBe("hasakah");
    expect(kb.places.find((p) => p.id === "syria")?.broad).toBe(true);
  });

  it("names the sample story's actors in both languages with the spellings its articles use", () => {
    const actor = (id: string) => kb.actors.find((a) => a.id === id);
    expect(actor("coalition")?.nameAr).toBe("التحالف الدولي");
    expect(actor("coalition")?.terms).toEqual(expect.arrayContaining(["قوات التحالف", "القوات الأمريكية", "التحالف"]));
    expect(actor("sdf")?.terms).toEqual(expect.arrayContaining(["قسد", "قوات سوريا الديمقراطية"]));
  });

  it("holds every registry source", () => {
    for (const s of REGISTRY_SEED)
      expect(kb.sources.find((x) => x.id === s.id)?.aliases, s.id).toEqual(expect.arrayContaining(s.aliases));
  });

  it("says which entity the bare word 'التحالف' means on this desk", () => {
    expect(kb.bareTerms).toContainEqual({ term: "التحالف", entity: "coalition" });
  });
});

describe("compilePacks", () => {
  const pack = (id: string, places: unknown[], entities: unknown[] = [], bareTerms: unknown[] = []) =>
    packSchema.parse({
      format: "claimdesk-knowledge-pack",
      version: 1,
      id,
      name: { en: id, ar: id },
      provenance: "test",
      places,
      entities,
      bareTerms,
    });

  it("buckets a town under its state and a state under itself", () => {
    const kb = compilePacks([
      pack("sudan", [
        { key: "sudan", nameAr: "السودان", nameEn: "Sudan", kind: "country", broad: true, aliases: ["السودان"] },
        {
          key: "north_kordofan",
          nameAr: "شمال كردفان",
          nameEn: "North Kordofan",
          kind: "region",
          parent: "sudan",
          aliases: ["شمال كردفان"],
        },
        { key: "bara", nameAr: "بارا", nameEn: "Bara", kind: "town", parent: "north_kordofan", aliases: ["بارا"] },
      ]),
    ]);
    expect(kb.places.find((p) => p.id === "bara")?.region).toBe("north_kordofan");
    expect(kb.places.find((p) => p.id === "north_kordofan")?.region).toBe("north_kordofan");
    expect(kb.places.find((p) => p.id === "sudan")?.region).toBe("sudan");
  });

  it("survives a loop in the hierarchy without hanging", () => {
    const byKey = new Map([
      ["a", { kind: "town" as const, parent: "b" }],
      ["b", { kind: "town" as const, parent: "a" }],
    ]);
    expect(regionOf("a", byKey)).toBe("a");
  });

  it("merges an entity that two packs name, keeping the first pack's names", () => {
    const e = (aliases: string[], name: string) => ({ key: "rsf", name, nameEn: "RSF", roles: ["actor"], aliases });
    const kb = compilePacks([
      pack("one", [], [e(["قوات الدعم السريع"], "قوات الدعم السريع")]),
      pack("two", [], [e(["الدعم السريع"], "الدعم")]),
    ]);
    expect(kb.actors).toHaveLength(1);
    expect(kb.actors[0].nameAr).toBe("قوات الدعم السريع");
    expect(kb.actors[0].terms).toEqual(["قوات الدعم السريع", "الدعم السريع"]);
  });

  it("gives a bare word to the entity the desk chose", () => {
    const kb = compilePacks([
      pack(
        "yemen",
        [],
        [
          {
            key: "saudi_coalition",
            name: "التحالف بقيادة السعودية",
            nameEn: "Saudi-led coalition",
            roles: ["actor"],
            aliases: ["التحالف العربي"],
          },
        ],
        [{ term: "التحالف", entity: "saudi_coalition" }],
      ),
    ]);
    expect(kb.actors[0].terms).toContain("التحالف");
  });
});
