import { describe, expect, it } from "vitest";
import { attributionsBodySchema } from "./schema";

const parse = (attributions: unknown[]) => attributionsBodySchema.safeParse({ version: 1, attributions });
const messages = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => i.message));

describe("attribution input", () => {
  it("accepts an attribution as the API returns it (source and via as objects)", () => {
    const r = parse([
      { kind: "media_report", source: { id: "s1", name: "x" }, via: { id: "s2" }, reliability: "B", credibility: 2 },
    ]);
    expect(r.success && r.data.attributions[0]).toMatchObject({ sourceId: "s1", viaId: "s2", channel: null, affiliation: null });
  });

  it("refuses grades outside their scales with a clear message", () => {
    expect(messages(parse([{ kind: "media_report", reliability: "G" }]))[0]).toMatch(/A \(completely reliable\) to F/);
    expect(messages(parse([{ kind: "media_report", credibility: 7 }]))[0]).toMatch(/1 \(confirmed\) to 6/);
    expect(messages(parse([{ kind: "media_report", credibility: "2" }]))[0]).toMatch(/1 \(confirmed\) to 6/);
  });

  it("refuses unknown kinds and channels, and a named source on an anonymous attribution", () => {
    expect(parse([{ kind: "rumour" }]).success).toBe(false);
    expect(parse([{ kind: "official_statement", channel: "carrier_pigeon" }]).success).toBe(false);
    expect(messages(parse([{ kind: "anonymous", sourceId: "s1" }]))[0]).toMatch(/affiliation/);
  });

  it("needs the claim version", () => {
    expect(attributionsBodySchema.safeParse({ attributions: [] }).success).toBe(false);
  });
});
