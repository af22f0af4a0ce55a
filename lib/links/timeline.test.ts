import { describe, expect, it } from "vitest";
import { layoutTimeline } from "@/lib/links/timeline";

describe("layoutTimeline", () => {
  const lanes = ["drawdown", "reinforcement", "none"];
  it("places claims by time in the lane of their stance, stacking overlaps", () => {
    const { placed, ticks, rowsPerLane } = layoutTimeline(
      [
        { id: "a", time: { from: "2025-05-01", to: "2025-05-31" }, stance: "drawdown" },
        { id: "b", time: { from: "2025-01-01", to: "2025-12-31" }, stance: "reinforcement" },
        { id: "c", time: { from: "2025-05-10", to: "2025-05-10" }, stance: "drawdown" },
        { id: "d", time: { from: "2025-11-29", to: "2025-11-29" }, stance: "other" },
      ],
      lanes,
      1000,
    );
    const by = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(by.b.x0).toBe(0);
    expect(Math.round(by.b.x1)).toBe(1000);
    expect(by.a.lane).toBe(0);
    expect([by.a.row, by.c.row].sort()).toEqual([0, 1]);
    expect(rowsPerLane[0]).toBe(2);
    expect(by.d.lane).toBe(0); // an unknown stance goes to the first lane rather than vanishing
    expect(ticks[0].label).toBe("Jan 2025");
    expect(ticks.length).toBeGreaterThan(3);
  });
  it("empty input gives an empty chart", () => {
    expect(layoutTimeline([], lanes, 100).placed).toEqual([]);
  });
});
