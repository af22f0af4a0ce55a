import { describe, expect, it } from "vitest";
import { splitRuns } from "./spans";

describe("splitRuns", () => {
  const text = "قال مصدر 🙂 إن التحالف سلّم";
  it("covers the whole text, in order, without changing it", () => {
    const runs = splitRuns(text, [
      { start: 4, end: 8, key: "a" },
      { start: 6, end: 14, key: "b" },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs[0]).toMatchObject({ start: 0, end: 4, keys: [] });
  });
  it("marks overlapping ranges with both keys", () => {
    const runs = splitRuns(text, [
      { start: 4, end: 8, key: "a" },
      { start: 6, end: 14, key: "b" },
    ]);
    expect(runs.find((r) => r.start === 6)?.keys).toEqual(["a", "b"]);
  });
  it("counts an emoji as one code point", () => {
    const runs = splitRuns(text, [{ start: 9, end: 10, key: "e" }]);
    expect(runs.find((r) => r.keys.includes("e"))?.text).toBe("🙂");
  });
});
