import { describe, expect, it } from "vitest";
import { checkClaimSpan } from "./span-rules";

const text = "هاشتاغ\nقال مصدر إنّ التحالف سلّم نقاطاً";
const furniture = [{ start: 0, end: 6 }];
const cp = (s: string) => [...text.slice(0, text.indexOf(s))].length;

describe("checkClaimSpan", () => {
  it("accepts a span of article text", () => {
    expect(checkClaimSpan(text, cp("قال"), cp("قال") + 8, furniture, [])).toEqual({ ok: true });
  });
  it("refuses a span that reaches into furniture", () => {
    expect(checkClaimSpan(text, 2, 12, furniture, [])).toMatchObject({ ok: false, reason: "IN_FURNITURE" });
  });
  it("refuses an exact duplicate but allows nesting and overlap", () => {
    const s = cp("قال");
    expect(checkClaimSpan(text, s, s + 8, furniture, [{ start: s, end: s + 8 }])).toMatchObject({ reason: "DUPLICATE" });
    expect(checkClaimSpan(text, s, s + 9, furniture, [{ start: s, end: s + 8 }])).toEqual({ ok: true });
  });
  it("refuses empty and out-of-range spans", () => {
    expect(checkClaimSpan(text, 9, 9, furniture, [])).toMatchObject({ reason: "EMPTY" });
    expect(checkClaimSpan(text, 9, 999, furniture, [])).toMatchObject({ reason: "OUT_OF_RANGE" });
  });
  it("refuses a span that separates a shadda from its letter", () => {
    const s = cp("سلّم");
    // ends between the lam and its shadda
    expect(checkClaimSpan(text, s, s + 2, furniture, [])).toMatchObject({ reason: "SPLITS_LETTER" });
  });
});
