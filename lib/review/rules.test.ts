import { describe, expect, it } from "vitest";
import { splitDuration, moveInQueue, nextUndecided, summarizeSession, verdictSupportProblem } from "./rules";

describe("verdict support", () => {
  it("requires evidence or a note for corroborated, false and misleading", () => {
    for (const v of ["corroborated", "false", "misleading"]) {
      expect(verdictSupportProblem(v, 0, undefined)).toContain(v);
      expect(verdictSupportProblem(v, 0, "   ")).toContain("evidence");
      expect(verdictSupportProblem(v, 1, null)).toBeNull();
      expect(verdictSupportProblem(v, 0, "المصدر نفى الخبر")).toBeNull();
    }
  });
  it("lets the other verdicts through without support", () => {
    for (const v of ["unverified", "contested", "unverifiable"]) expect(verdictSupportProblem(v, 0, null)).toBeNull();
  });
});

describe("session summary", () => {
  const base = {
    participants: [
      { id: "u1", label: "editor@x" },
      { id: "u2", label: "editor2@x" },
    ],
    deciders: [{ id: "u3", label: "admin@x" }],
    conflictsResolved: 2,
    createdAt: "2025-11-30T08:00:00.000Z",
    signedOffAt: "2025-11-30T11:15:00.000Z",
  };
  it("counts verdicts, keeps every participant and decider, and measures from the first decision", () => {
    const s = summarizeSession({
      ...base,
      items: [
        { verdict: "false", decidedById: "u1", decidedAt: "2025-11-30T10:00:00.000Z" },
        { verdict: "false", decidedById: "u2", decidedAt: "2025-11-30T10:30:00.000Z" },
        { verdict: "contested", decidedById: "u3", decidedAt: "2025-11-30T11:00:00.000Z" },
        { verdict: null, decidedById: null, decidedAt: null },
      ],
    });
    expect(s).toMatchObject({ total: 4, decided: 3, conflictsResolved: 2, durationMinutes: 75 });
    expect(s.perVerdict).toMatchObject({ false: 2, contested: 1, corroborated: 0, unverified: 0 });
    expect(s.participants).toEqual(["admin@x", "editor2@x", "editor@x"]);
  });
  it("falls back to the creation time when nothing was decided", () => {
    const s = summarizeSession({ ...base, items: [] });
    expect(s).toMatchObject({ total: 0, decided: 0, durationMinutes: 195 });
  });
});

describe("queue", () => {
  it("moves a claim up or down and leaves the ends alone", () => {
    expect(moveInQueue(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInQueue(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveInQueue(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveInQueue(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveInQueue(["a"], "x", "down")).toEqual(["a"]);
  });
  it("skips to the next undecided item, wrapping around", () => {
    expect(nextUndecided([true, false, true, false], 1)).toBe(3);
    expect(nextUndecided([false, true, true], 2)).toBe(0);
    expect(nextUndecided([true, true], 0)).toBe(1);
  });
  it("splits durations into hours and minutes", () => {
    expect(splitDuration(42)).toEqual({ hours: 0, minutes: 42 });
    expect(splitDuration(135)).toEqual({ hours: 2, minutes: 15 });
  });
});
