import { describe, expect, it } from "vitest";
import { timelinePoints, timeTicks } from "@/lib/links/timeline";

describe("timelinePoints", () => {
  const lanes = ["drawdown", "reinforcement", "none"];
  it("places claims by time in the lane of their stance, stacking overlaps", () => {
    const { points, rowsPerLane } = timelinePoints(
      [
        { id: "a", time: { from: "2025-05-01", to: "2025-05-31" }, stance: "drawdown" },
        { id: "b", time: { from: "2025-01-01", to: "2025-12-31" }, stance: "reinforcement" },
        { id: "c", time: { from: "2025-05-10", to: "2025-05-10" }, stance: "drawdown" },
        { id: "d", time: { from: "2025-11-29", to: "2025-11-29" }, stance: "other" },
        { id: "e", time: { from: "2025-06-01", to: "2025-06-30" }, stance: "drawdown" },
      ],
      lanes,
    );
    const by = Object.fromEntries(points.map((p) => [p.id, p]));
    expect(new Date(by.b.start).toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(new Date(by.b.end).toISOString().slice(0, 10)).toBe("2026-01-01"); // through the last day
    expect(by.a.lane).toBe(0);
    expect(by.b.lane).toBe(1);
    expect([by.a.row, by.c.row].sort()).toEqual([0, 1]); // 10 May lies inside May
    expect(by.e.row).toBe(0); // June starts after May ends: the first row is free again
    expect(rowsPerLane).toEqual([2, 1, 1]);
    expect(by.d.lane).toBe(0); // an unknown stance goes to the first lane rather than vanishing
  });
  it("empty input gives an empty chart", () => {
    expect(timelinePoints([], lanes)).toEqual({ points: [], rowsPerLane: [1, 1, 1] });
  });
});

describe("timeTicks", () => {
  const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 7));
  it("marks months over a short span and years over a long one", () => {
    expect(iso(timeTicks(Date.UTC(2025, 4, 10), Date.UTC(2025, 7, 20)))).toEqual(["2025-06", "2025-07", "2025-08"]);
    expect(iso(timeTicks(Date.UTC(2015, 0, 1), Date.UTC(2025, 10, 30)))).toEqual([
      "2015-01",
      "2017-01",
      "2019-01",
      "2021-01",
      "2023-01",
      "2025-01",
    ]);
  });
});
