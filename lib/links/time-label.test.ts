import { describe, expect, it } from "vitest";
import { formatTimeLabel, timeLabelParts } from "./time-label";

describe("time labels", () => {
  it("are read as partial dates", () => {
    expect(timeLabelParts("2025-05")).toEqual([{ date: "2025-05", precision: "month" }]);
    expect(timeLabelParts("2025-05-03..2025")).toEqual([
      { date: "2025-05-03", precision: "day" },
      { date: "2025", precision: "year" },
    ]);
    expect(timeLabelParts("unknown")).toEqual([]);
    expect(timeLabelParts("أيار")).toBeNull();
    expect(timeLabelParts("2025-05 vs 2025")).toBeNull();
  });

  it("are shown in the interface language", () => {
    expect(formatTimeLabel("2025-05", "en")).toBe("May 2025");
    expect(formatTimeLabel("2025-05", "ar")).toBe("مايو 2025");
    expect(formatTimeLabel("2025-05-03", "ar")).toBe("3 مايو 2025");
    expect(formatTimeLabel("2025-05..2025-06", "en")).toBe("May 2025 – June 2025");
    expect(formatTimeLabel("unknown", "en")).toBe("date unknown");
    expect(formatTimeLabel("unknown", "ar")).toBe("تاريخ غير معروف");
    expect(formatTimeLabel("soon", "ar")).toBe("soon");
  });
});
