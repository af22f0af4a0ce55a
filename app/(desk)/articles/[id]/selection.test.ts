import { describe, expect, it } from "vitest";
import { moveWordCursor, wordBounds } from "./selection";

const text = "قالت مصادر محلية إن قوات";
const bounds = wordBounds(text);
const cps = [...text];
const quote = (c: { anchor: number; focus: number }) =>
  cps.slice(Math.min(c.anchor, c.focus), Math.max(c.anchor, c.focus)).join("");

describe("keyboard word selection", () => {
  it("selects the first word on the first key", () => {
    expect(quote(moveWordCursor(null, bounds, cps.length, true, false))).toBe("قالت");
  });
  it("moves word by word and extends with shift", () => {
    let c = moveWordCursor(null, bounds, cps.length, true, false);
    c = moveWordCursor(c, bounds, cps.length, true, false);
    expect(quote(c)).toBe("مصادر");
    c = moveWordCursor(c, bounds, cps.length, true, true);
    c = moveWordCursor(c, bounds, cps.length, true, true);
    expect(quote(c)).toBe("مصادر محلية إن");
    c = moveWordCursor(c, bounds, cps.length, false, true);
    expect(quote(c)).toBe("مصادر محلية");
    c = moveWordCursor(c, bounds, cps.length, false, false);
    expect(quote(c)).toBe("قالت");
  });
  it("stops at the ends of the text", () => {
    let c = moveWordCursor(null, bounds, cps.length, true, false);
    for (let i = 0; i < 10; i++) c = moveWordCursor(c, bounds, cps.length, true, true);
    expect(quote(c)).toBe(text);
  });
});
