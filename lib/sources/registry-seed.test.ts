import { describe, expect, it } from "vitest";
import { aliasKey, findSourceMentions } from "./aliases";
import { RELIABILITY_GRADES } from "./grading";
import { SOURCE_KINDS } from "./kinds";
import { REGISTRY_SEED, SEED_MEMBERS } from "./registry-seed";
import { normalizeArabic } from "@/lib/text/normalize";

describe("registry seed", () => {
  const ids = new Set(REGISTRY_SEED.map((s) => s.id));

  it("has unique ids, valid kinds and grades", () => {
    expect(ids.size).toBe(REGISTRY_SEED.length);
    for (const s of REGISTRY_SEED) {
      expect(SOURCE_KINDS).toContain(s.kind);
      if (s.reliability) expect(RELIABILITY_GRADES).toContain(s.reliability);
    }
  });

  it("gives each alias to one source only", () => {
    const owner = new Map<string, string>();
    for (const s of REGISTRY_SEED)
      for (const a of [...s.aliases, ...(s.quotedAliases ?? [])]) {
        const k = aliasKey(a);
        expect(owner.get(k) ?? s.id, a).toBe(s.id);
        owner.set(k, s.id);
      }
  });

  it("links members to existing bodies", () => {
    expect(SEED_MEMBERS.length).toBeGreaterThan(0);
    for (const m of SEED_MEMBERS) {
      expect(ids.has(m.bodyId), m.bodyId).toBe(true);
      expect(REGISTRY_SEED.find((s) => s.id === m.memberId)?.kind).toBe("person");
    }
    expect(SEED_MEMBERS).toContainEqual(
      expect.objectContaining({ memberId: "hamza-al-mustafa", bodyId: "sy-ministry-information" }),
    );
  });

  it("finds each source by its display name", () => {
    for (const s of REGISTRY_SEED) {
      const hits = findSourceMentions(normalizeArabic(`قال "${s.name}" إن`), REGISTRY_SEED);
      expect(
        hits.map((h) => h.id),
        s.name,
      ).toContain(s.id);
    }
  });
});
