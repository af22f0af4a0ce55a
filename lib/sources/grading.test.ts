import { describe, expect, it } from "vitest";
import {
  CREDIBILITY_LABELS,
  DEFAULT_RELIABILITY,
  RELIABILITY_LABELS,
  countIndependentOrigins,
  sourcingStrength,
  startingGrades,
  type GradedAttribution,
} from "./grading";
import { ATTRIBUTION_KINDS, type AttributionKind } from "./kinds";

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

describe("the starting grades (docs/sourcing-strength.md, “Starting grades”)", () => {
  // kind, named?, starting grade, strength with 1, 2 and 3 independent origins
  const TABLE: [AttributionKind, boolean, string, number, number, number][] = [
    ["correspondent", true, "B2", 64, 78, 87],
    ["correspondent", false, "F2", 24, 54, 73],
    ["monitor_report", true, "B3", 48, 69, 81],
    ["monitor_report", false, "F3", 18, 51, 70],
    ["official_statement", true, "C3", 32, 59, 76],
    ["official_statement", false, "F3", 16, 50, 70],
    ["think_tank_report", true, "C3", 32, 59, 76],
    ["media_report", true, "C3", 29, 57, 74],
    ["media_report", false, "F3", 14, 49, 69],
    ["social_media_post", true, "F6", 5, 43, 66],
    ["anonymous", false, "F6", 5, 43, 66],
    ["unattributed", false, "F6", 4, 42, 65],
  ];
  const strength = (kind: AttributionKind, named: boolean, n: number) =>
    sourcingStrength({ attributions: [{ kind, ...startingGrades(kind, named) }], independentOrigins: n });

  it("match the documented table", () => {
    for (const [kind, named, grade, ...byOrigins] of TABLE) {
      const g = startingGrades(kind, named);
      expect(`${g.reliability}${g.credibility}`, `${kind} ${named}`).toBe(grade);
      expect(
        [1, 2, 3].map((n) => strength(kind, named, n)),
        `${kind} ${named}`,
      ).toEqual(byOrigins);
    }
  });

  it("never rank an unattributed claim above an attributed one with the same corroboration, nor unnamed eyewitnesses above a named spokesperson", () => {
    for (const kind of ATTRIBUTION_KINDS.filter((k) => k !== "unattributed"))
      for (const named of [true, false])
        for (const n of [1, 2, 3, 5])
          expect(strength(kind, named, n), `${kind} ${named} ${n}`).toBeGreaterThanOrEqual(strength("unattributed", false, n));
    expect(strength("correspondent", false, 1)).toBeLessThan(strength("official_statement", true, 1));
  });
});
