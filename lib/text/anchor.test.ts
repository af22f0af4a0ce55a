import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpan, codePointToUtf16, makeAnchor, reanchor, snapSpan, utf16ToCodePoint } from "@/lib/text/anchor";

const seedDir = path.resolve(__dirname, "../../seeds");
const seed = (prefix: string) =>
  readFileSync(
    path.join(
      seedDir,
      readdirSync(seedDir).find((f) => f.startsWith(`${prefix}_`))!,
    ),
    "utf8",
  );

/** Code point span of the first occurrence of `needle` (after `from`, a UTF-16 offset). */
function spanOf(text: string, needle: string, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  const start = utf16ToCodePoint(text, i);
  return { start, end: start + [...needle].length };
}

const cpSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join("");

describe("UTF-16 ↔ code point offsets", () => {
  const text = "قال 🇸🇾 مصدر 👍🏽 مسؤول";

  it("round-trips every code point boundary", () => {
    const cps = [...text];
    let unit = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(codePointToUtf16(text, cp)).toBe(unit);
      expect(utf16ToCodePoint(text, unit)).toBe(cp);
      unit += cps[cp]?.length ?? 0;
    }
  });

  it("counts an offset inside a surrogate pair as after the pair", () => {
    const flag = text.indexOf("🇸🇾");
    expect(utf16ToCodePoint(text, flag + 1)).toBe(utf16ToCodePoint(text, flag) + 1);
  });

  it("rejects offsets outside the text", () => {
    expect(() => utf16ToCodePoint(text, text.length + 1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(text, -1)).toThrow(RangeError);
    expect(() => codePointToUtf16(text, [...text].length + 1)).toThrow(RangeError);
    expect(() => codePointToUtf16(text, 1.5)).toThrow(RangeError);
  });
});

describe("makeAnchor", () => {
  const text = seed("002");

  it("stores the quote and 32 code points of context either side", () => {
    const { start, end } = spanOf(text, "سلّم خلال شهر أيار الفائت");
    const a = makeAnchor(text, start, end);
    expect(a.quote).toBe("سلّم خلال شهر أيار الفائت");
    expect(cpSlice(text, a.start, a.end)).toBe(a.quote);
    expect([...a.prefix]).toHaveLength(32);
    expect([...a.suffix]).toHaveLength(32);
    expect(text).toContain(a.prefix + a.quote + a.suffix);
  });

  it("shortens the context at the edges of the text", () => {
    const a = makeAnchor(text, 0, 3);
    expect(a).toMatchObject({ quote: "قال", prefix: "" });
    const n = [...text].length;
    expect(makeAnchor(text, n - 2, n).suffix).toBe("");
  });

  it("counts emoji as one code point", () => {
    const t = "🇸🇾 قال مصدر";
    const { start, end } = spanOf(t, "قال");
    expect(makeAnchor(t, start, end)).toMatchObject({
      start: 3,
      end: 6,
      quote: "قال",
      prefix: "🇸🇾 ",
    });
  });
});

describe("checkSpan", () => {
  const text = seed("002");
  const word = spanOf(text, "سلّم"); // س ل ّ م

  it("accepts a whole-word span", () => {
    expect(checkSpan(text, word.start, word.end)).toEqual({ ok: true });
  });

  it("refuses a span that leaves the shadda behind or starts on it", () => {
    const r = checkSpan(text, word.start, word.start + 2);
    expect(r).toMatchObject({ ok: false, reason: "SPLITS_LETTER" });
    if (!r.ok) expect(r.message).toMatch(/diacritic/);
    expect(checkSpan(text, word.start + 2, word.end)).toMatchObject({
      ok: false,
      reason: "SPLITS_LETTER",
    });
  });

  it("treats the superscript alef U+0670 as a mark", () => {
    const t = "هٰذا خبر";
    expect(checkSpan(t, 0, 1)).toMatchObject({ reason: "SPLITS_LETTER" });
    expect(checkSpan(t, 0, 4)).toEqual({ ok: true });
  });

  it("reports empty, out-of-range and whitespace-only spans", () => {
    const n = [...text].length;
    expect(checkSpan(text, 5, 5)).toMatchObject({ ok: false, reason: "EMPTY" });
    expect(checkSpan(text, -1, 4)).toMatchObject({
      ok: false,
      reason: "OUT_OF_RANGE",
    });
    expect(checkSpan(text, 0, n + 1)).toMatchObject({
      ok: false,
      reason: "OUT_OF_RANGE",
    });
    expect(checkSpan(text, 4, 2)).toMatchObject({
      ok: false,
      reason: "OUT_OF_RANGE",
    });
    expect(checkSpan(text, 0.5, 4)).toMatchObject({
      ok: false,
      reason: "OUT_OF_RANGE",
    });
    const nl = utf16ToCodePoint(text, text.indexOf("\n"));
    expect(checkSpan(text, nl, nl + 1)).toMatchObject({
      ok: false,
      reason: "WHITESPACE_ONLY",
    });
    expect(checkSpan(text, 0, n)).toEqual({ ok: true });
  });
});

describe("snapSpan", () => {
  const text = seed("002");
  const word = spanOf(text, "سلّم");

  it("trims whitespace and keeps the shadda with its letter", () => {
    // A browser selection " سل" (space before, ending before the shadda).
    expect(snapSpan(text, word.start - 1, word.start + 2)).toEqual({
      start: word.start,
      end: word.start + 3,
    });
  });

  it("moves a start that falls on a mark back to its letter", () => {
    expect(snapSpan(text, word.start + 2, word.end + 1)).toEqual({
      start: word.start + 1,
      end: word.end,
    });
  });

  it("collapses a whitespace-only selection", () => {
    const s = snapSpan(text, word.end, word.end + 1);
    expect(s.start).toBe(s.end);
  });
});

describe("reanchor", () => {
  const text = seed("002");
  const quote = "التحالف الدولي بقيادة الولايات المتحدة الأمريكية سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه";
  const span = spanOf(text, quote);
  const anchor = makeAnchor(text, span.start, span.end);

  it("keeps the position when the text is unchanged", () => {
    expect(reanchor(anchor, text)).toEqual({
      ...span,
      method: "position",
      score: 1,
    });
  });

  it("finds the quote after text was inserted before it", () => {
    const inserted = "تحديث: أضيفت معلومات جديدة إلى هذا التقرير.\n";
    const r = reanchor(anchor, inserted + text);
    expect(r).toMatchObject({
      method: "quote",
      score: 1,
      start: span.start + [...inserted].length,
    });
    expect(cpSlice(inserted + text, r!.start, r!.end)).toBe(quote);
  });

  it("matches fuzzily when one word inside the quote changed", () => {
    const changed = text.replace("شهر أيار الفائت", "شهر حزيران الفائت");
    const r = reanchor(anchor, changed);
    expect(r?.method).toBe("fuzzy");
    expect(r!.score).toBeGreaterThanOrEqual(0.8);
    expect(cpSlice(changed, r!.start, r!.end)).toBe(quote.replace("أيار", "حزيران"));
  });

  it("matches fuzzily when a word at the edge of the quote changed", () => {
    const changed = text.replace("نقاط تمركزه", "نقاط انتشاره");
    const r = reanchor(anchor, changed);
    expect(r?.method).toBe("fuzzy");
    expect(cpSlice(changed, r!.start, r!.end)).toBe(quote.replace("تمركزه", "انتشاره"));
  });

  it("sees through added tashkeel and tatweel", () => {
    const changed = text.replace("بقيادة الولايات", "بقيـادة الوِلايات");
    const r = reanchor(anchor, changed);
    expect(r).toMatchObject({ method: "fuzzy", score: 1 });
    expect(cpSlice(changed, r!.start, r!.end)).toBe(quote.replace("بقيادة الولايات", "بقيـادة الوِلايات"));
  });

  it("orphans the claim when its sentence was deleted", () => {
    const sentence = text.slice(text.indexOf("إن التحالف"), text.indexOf("منها.") + 5);
    expect(reanchor(anchor, text.replace(sentence, ""))).toBeNull();
  });

  it("uses the context to pick among repeated quotes", () => {
    const t = seed("000");
    const second = spanOf(t, "قسد", t.indexOf("قسد") + 1);
    const a = makeAnchor(t, second.start, second.end);
    const inserted = "عاجل: ";
    const r = reanchor(a, inserted + t);
    expect(r).toMatchObject({
      method: "quote",
      start: a.start + [...inserted].length,
    });
  });

  it("does not trust the old offsets when another occurrence moved onto them", () => {
    const t = seed("000");
    const first = spanOf(t, "قسد");
    const second = spanOf(t, "قسد", t.indexOf("قسد") + 1);
    const a = makeAnchor(t, second.start, second.end);
    const shift = second.start - first.start;
    const moved = "ا".repeat(shift - 1) + "\n" + t; // the first occurrence now sits at the old offsets
    expect(cpSlice(moved, a.start, a.end)).toBe(a.quote);
    expect(reanchor(a, moved)).toMatchObject({
      method: "quote",
      start: a.start + shift,
    });
  });

  it("handles a quote followed by emoji and text before it", () => {
    const t = "قال مصدر 👍 إن الرتل عاد أدراجه بعد ساعات من الانتظار عند الحاجز.";
    const s = spanOf(t, "الرتل عاد أدراجه");
    const a = makeAnchor(t, s.start, s.end);
    const next = "🇸🇾🇸🇾 " + t.replace("عاد", "رجع");
    const r = reanchor(a, next);
    expect(r?.method).toBe("fuzzy");
    expect(cpSlice(next, r!.start, r!.end)).toBe("الرتل رجع أدراجه");
  });

  it("is fast on a 20 KB article", () => {
    const big = [seed("001"), seed("003"), seed("004")].join("\n\n");
    expect(big.length).toBeGreaterThan(10_000);
    const claim = "قالت مصادر سياسية سورية في دمشق، وأخرى مقربة من قوات سوريا الديمقراطية";
    const s = spanOf(big, claim);
    const a = makeAnchor(big, s.start, s.end);
    const changed = big.replace("مصادر سياسية سورية", "مصادر حكومية سورية").replace("الحكومة", "الحكومه");
    const t0 = performance.now();
    const r = reanchor(a, changed);
    const ms = performance.now() - t0;
    expect(r?.method).toBe("fuzzy");
    expect(ms).toBeLessThan(50);
  });
});
