import { describe, expect, it } from "vitest";
import { loadEvalStories, readEvalSet } from "./load";
import { sampleStory } from "./sample";
import { answerKeySchema } from "./schema";

describe("the evaluation set", () => {
  it("parses, and every gold quote is found in its article", () => {
    const stories = loadEvalStories();
    for (const a of stories.flatMap((s) => s.articles))
      for (const c of a.claims) expect([...a.text].slice(c.start, c.end).join("")).toBe(c.quote);
  });

  it("covers five stories besides the sample, Libya and Gaza held out, with English articles in several", () => {
    const stories = loadEvalStories();
    expect(stories.map((s) => `${s.id}:${s.split}`).sort()).toEqual(
      ["gaza:heldout", "libya:heldout", "sudan:tune", "syria-ne:tune", "yemen:tune"].sort(),
    );
    const articles = stories.flatMap((s) => s.articles);
    expect(articles.length).toBeGreaterThanOrEqual(32);
    const english = articles.filter((a) => a.language === "en");
    expect(english.length).toBeGreaterThanOrEqual(6);
    expect(new Set(english.map((a) => a.story)).size).toBeGreaterThanOrEqual(2);
  });

  it("refuses a key whose claim has a kind outside the attribution kinds", () => {
    const { key } = readEvalSet();
    const bad = structuredClone(key);
    (bad.articles[0].claims[0] as { kind: string }).kind = "rumour";
    const r = answerKeySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path.join(".")).toBe("articles.0.claims.0.kind");
  });

  it("reads the sample as a story from its existing keys, with the links its tests assert", () => {
    const sample = sampleStory();
    expect(sample.articles).toHaveLength(5);
    expect(sample.links.map((l) => l.type)).toEqual(["contradicts", "contradicts", "corroborates"]);
    const ids = new Set(sample.articles.flatMap((a) => a.claims.map((c) => c.id)));
    for (const p of [...sample.links, ...sample.traps]) expect(ids.has(p.a) && ids.has(p.b)).toBe(true);
  });
});
