import { describe, expect, it } from "vitest";
import {
  CREDIBILITY_LABELS,
  DEFAULT_RELIABILITY,
  RELIABILITY_LABELS,
  countIndependentOrigins,
  sourcingStrength,
  type GradedAttribution,
} from "./grading";
import { ATTRIBUTION_KINDS } from "./kinds";

const a = (
  kind: GradedAttribution["kind"],
  reliability: GradedAttribution["reliability"],
  credibility: GradedAttribution["credibility"],
) => ({ kind, reliability, credibility });

describe("grades", () => {
  it("explains every grade in English and Arabic", () => {
    for (const l of [...Object.values(RELIABILITY_LABELS), ...Object.values(CREDIBILITY_LABELS)]) {
      expect(l.en && l.ar && l.explainEn && l.explainAr).toBeTruthy();
    }
  });

  it("has a default reliability for every kind; unnamed sources cannot be judged", () => {
    for (const k of ATTRIBUTION_KINDS) expect(DEFAULT_RELIABILITY[k]).toMatch(/^[A-F]$/);
    expect(DEFAULT_RELIABILITY.anonymous).toBe("F");
    expect(DEFAULT_RELIABILITY.monitor_report).toBe("B");
  });
});

describe("sourcingStrength", () => {
  const one = (x: GradedAttribution, n = 1) => sourcingStrength({ attributions: [x], independentOrigins: n });

  it("ranks an A1 official statement above an anonymous F6", () => {
    expect(one(a("official_statement", "A", 1))).toBeGreaterThan(one(a("anonymous", "F", 6)));
  });

  it("rewards independent corroboration, with diminishing returns", () => {
    const x = a("anonymous", "F", 6);
    const [s1, s2, s3] = [one(x, 1), one(x, 2), one(x, 3)];
    expect(s3).toBeGreaterThan(s1);
    expect(s2 - s1).toBeGreaterThan(s3 - s2);
  });

  it("is monotone in reliability and credibility, unknown above known-bad", () => {
    const grades = ["A", "B", "C", "D"] as const;
    for (let i = 1; i < grades.length; i++)
      expect(one(a("media_report", grades[i - 1], 3))).toBeGreaterThan(one(a("media_report", grades[i], 3)));
    expect(one(a("media_report", "F", 3))).toBeGreaterThan(one(a("media_report", "E", 3)));
    expect(one(a("media_report", "B", 2))).toBeGreaterThan(one(a("media_report", "B", 4)));
  });

  it("uses the best attribution and stays within 0..100", () => {
    const best = one(a("monitor_report", "B", 2));
    expect(sourcingStrength({ attributions: [a("anonymous", "F", 6), a("monitor_report", "B", 2)], independentOrigins: 1 })).toBe(
      best,
    );
    expect(sourcingStrength({ attributions: [], independentOrigins: 0 })).toBe(0);
    expect(one(a("correspondent", "A", 1), 50)).toBeLessThanOrEqual(100);
    expect(one(a("correspondent", "A", 1))).toBe(100);
  });
});

describe("countIndependentOrigins", () => {
  const c = (id: string, o: Partial<{ sourceId: string; via: string; outletId: string; republishedFrom: string }> = {}) => ({
    id,
    sourceId: o.sourceId ?? null,
    via: o.via ?? null,
    outletId: o.outletId ?? null,
    republishedFrom: o.republishedFrom ?? null,
  });

  it("counts outlets citing the same monitor report once", () => {
    expect(
      countIndependentOrigins([c("1", { sourceId: "sohr", outletId: "a" }), c("2", { sourceId: "sohr", outletId: "b" })]),
    ).toBe(1);
  });

  it("counts media relaying media as the relayed outlet", () => {
    // Erem News reports it itself; Hashtag repeats it "according to Erem News".
    expect(countIndependentOrigins([c("1", { outletId: "erem" }), c("2", { via: "erem", outletId: "hashtag" })])).toBe(1);
  });

  it("counts republished copies once", () => {
    expect(countIndependentOrigins([c("1", { outletId: "a" }), c("2", { outletId: "b", republishedFrom: "1" })])).toBe(1);
  });

  it("keeps separate outlets' own reporting and different sources apart", () => {
    expect(
      countIndependentOrigins([
        c("1", { outletId: "a" }),
        c("2", { outletId: "b" }),
        c("3", { sourceId: "sohr", outletId: "a" }),
        c("4", { sourceId: "sohr", outletId: "c" }),
      ]),
    ).toBe(3);
  });

  it("ties a relayed source to its relay", () => {
    // Outlet B: "anonymous sources, via Erem"; Outlet C attributes the same to Erem's sources directly.
    expect(countIndependentOrigins([c("1", { sourceId: "x", via: "erem", outletId: "b" }), c("2", { outletId: "erem" })])).toBe(
      1,
    );
    expect(countIndependentOrigins([])).toBe(0);
  });
});
