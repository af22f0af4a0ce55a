import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapRangeToOriginal, normalizeArabic as n, normalizeWithMap } from "@/lib/text/normalize";

const seedDir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), "utf8"));
const seed004 = seeds[4];

/** Finds `needle` (already normalized) in `text` and returns the original slice it came from. */
function originalOf(text: string, needle: string): string {
  const { normalized, map } = normalizeWithMap(text);
  const cps = [...normalized];
  const at = [...normalized.slice(0, normalized.indexOf(needle))].length;
  expect(normalized.indexOf(needle)).toBeGreaterThanOrEqual(0);
  const { start, end } = mapRangeToOriginal(map, at, at + [...needle].length);
  expect(cps.length + 1).toBe(map.length);
  return [...text].slice(start, end).join("");
}

function checkMap(text: string): void {
  const { normalized, map } = normalizeWithMap(text);
  const orig = [...text];
  const norm = [...normalized];
  expect(map.length).toBe(norm.length + 1);
  expect(map[norm.length]).toBe(orig.length);
  for (let i = 0; i < norm.length; i++) {
    expect(map[i]).toBeGreaterThanOrEqual(i > 0 ? map[i - 1] : 0);
    expect(map[i]).toBeLessThan(orig.length);
    if (norm[i] === " ") expect(orig[map[i]]).toMatch(/[\s\uFB50-\uFDFF]/u);
    else if (/[\p{L}\p{N}]/u.test(norm[i]) && norm[i].length === 1 && !/\p{M}/u.test(orig[map[i] + 1] ?? ""))
      expect(n(orig[map[i]]).includes(norm[i]) || n(orig[map[i]]) === "").toBe(true);
  }
}

describe("broken words in the seeds", () => {
  // Every tatweel and dotted word found in seeds/*.txt (grep ـ and \.\.).
  it.each([
    ["يعـ ـززان", "يعززان"],
    ["تعـ ـزيزات", "تعزيزات"],
    ["العسـ ـكري", "العسكري"],
    ["عسـ ـكرية", "عسكريه"],
    ["السيـ ـطرة", "السيطره"],
    ["التمـ ـاس", "التماس"],
    ["ضـ ـد", "ضد"],
    ["خـ ـلايا", "خلايا"],
    ["د..ا..عـ ـش", "داعش"],
    ["د..ا..عـ ـش.", "داعش."],
    ["ضـ ـد خـ ـلايا د..ا..عـ ـش.", "ضد خلايا داعش."],
    ["لـ”المدن”، إن", 'ل"المدن"، ان'],
    ["لـ”قسد”، رافقت", 'ل"قسد"، رافقت'],
    ['لـ"التحالف"', 'ل"التحالف"'],
    ['بـ"تحول سوريا', 'ب"تحول سوريا'],
    ['لـ "قسد"', 'ل "قسد"'],
    ["بضغط من واشنطن.. دمشق توافق", "بضغط من واشنطن.. دمشق توافق"],
  ])("%s → %s", (input, expected) => {
    expect(n(input)).toBe(expected);
  });

  it("finds every broken word of seed 004 after normalization", () => {
    const norm = n(seed004);
    for (const w of ["يعززان الوجود العسكري", "اليوم تعزيزات عسكريه كبيره", "تثبيت السيطره", "خطوط التماس", "ضد خلايا داعش."])
      expect(norm).toContain(w);
    expect(norm).not.toContain("ـ");
  });

  it("leaves no tatweel, tashkeel or no-break space in any seed", () => {
    for (const s of seeds) expect(n(s)).not.toMatch(/[\u0640\u064B-\u065F\u00A0]/u);
  });

  it("keeps واشنطن.. دمشق as two words in seed 003", () => {
    expect(n(seeds[3])).toContain("بضغط من واشنطن.. دمشق توافق");
  });
});

describe("broken words not in the seeds", () => {
  it.each([
    ["الجيـ ـش", "الجيش"],
    ["الجيـ  ـش", "الجيش"],
    ["الجيـ ش", "الجيش"],
    ["الجي ـش", "الجيش"],
    ["ا.ل.ج.ي.ش", "الجيش"],
    ["د.ا.ع.ش", "داعش"],
    ["داعـ.ـش", "داعش"],
    ["د..اعش", "داعش"],
    ["قـــوات", "قوات"],
    ["الحوس ـ التي", "الحوس التي"],
    ["واشنطن..دمشق", "واشنطن..دمشق"],
    ["د.محمد", "د.محمد"],
    ["د. محمد", "د. محمد"],
    ["3.5 و04.07.2025", "3.5 و04.07.2025"],
    ["داعش. وقال", "داعش. وقال"],
  ])("%s → %s", (input, expected) => {
    expect(n(input)).toBe(expected);
  });
});

describe("character rules", () => {
  it.each([
    ["alef forms", "أحمد إبراهيم آذار ٱلله ٲ ٳ", "احمد ابراهيم اذار الله ا ا"],
    ["alef maqsura", "على مستوى", "علي مستوي"],
    ["teh marbuta", "الحكومة السورية", "الحكومه السوريه"],
    ["hamza carriers kept", "شؤون رئيس سماء", "شؤون رئيس سماء"],
    ["Persian/Kurdish letters", "کوردستان ی ە ۀ ۃ ڪ", "كوردستان ي ه ه ه ك"],
    ["tashkeel", "سُلّمت لم يتبقَّ عدداً", "سلمت لم يتبق عددا"],
    ["superscript alef and Quranic marks", "هٰذا الرَّحْمَٰنِ ۚ", "هذا الرحمن"],
    ["tatweel", "قـــوات", "قوات"],
    ["zero-width", "دا\u200Bعش\u200C \u200Dقسد\u2060\uFEFF", "داعش قسد"],
    ["direction marks", "\u200Fقسد\u200E \u061C\u202Bكتب\u202C \u2067x\u2069", "قسد كتب x"],
    ["Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"],
    ["Persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"],
    ["double quotes", '“قسد” „x‟ «ج» ″ "', '"قسد" "x" "ج" " "'],
    ["single quotes", "‘a’ ‚b‛ 'c' ״", '"a" "b" "c" "'],
    ["unbalanced quotes from seed 000", "و”قسد“ “قسد: في", 'و"قسد" "قسد: في'],
    ["dashes", "a‐b‑c‒d–e—f―g−h", "a-b-c-d-e-f-g-h"],
    ["seed 000 en dash", "منطقة الحوس – التي", "منطقه الحوس - التي"],
    ["whitespace", "  a\u00A0\u00A0b\u202Fc\u2007d\u3000e\t\n\r\nf\u2028g\u0085h  ", "a b c d e f g h"],
    ["Latin lowercase", "Hashtag TOL CBS", "hashtag tol cbs"],
    ["presentation forms", "ﻻ ﺍﻟﻠﻪ ﻣﺤﻤﺪ ﷲ", "لا الله محمد الله"],
    ["presentation harakat forms vanish", "ب\uFE70 ب\uFE71ا", "ب با"],
    ["NFC composes hamza before folding", "\u0648\u0654 \u064A\u0654 \u0627\u0654", "ؤ ئ ا"],
    ["Latin accents stay", "Café", "café"],
    ["emoji kept", "قسد 😀", "قسد 😀"],
  ])("%s", (_name, input, expected) => {
    expect(n(input)).toBe(expected);
  });

  it("handles the empty and blank strings", () => {
    expect(n("")).toBe("");
    expect(normalizeWithMap("")).toEqual({ normalized: "", map: [0] });
    expect(normalizeWithMap(" \u00A0\u200F ")).toEqual({
      normalized: "",
      map: [4],
    });
  });
});

describe("idempotence and consistency", () => {
  const tricky = [...seeds, "د..ا..عـ ـش. الجيـ ـش ا.ل.ج.ي.ش بـ.د.ا ـد.ا.ش", "e\u064E\u0301 İstanbul ﷺ", "😀ـ ـ😀 ‏«أَ»"];
  it.each(tricky.map((t, i) => [i, t]))("case %i", (_i, t) => {
    const once = n(t as string);
    expect(n(once)).toBe(once);
    expect(normalizeWithMap(t as string).normalized).toBe(once);
  });
});

describe("offset map", () => {
  it.each([
    ["surrogates", "😀 أَحمد 😀"],
    ["combining marks", "\u0627\u0654\u064E \u0644\u0651"],
    ["broken words", "ضـ ـد خـ ـلايا د..ا..عـ ـش."],
    ["presentation ligature", "xﻻy ﷺ"],
    ["Latin expansion", "İİ"],
    ...seeds.map((s, i) => [`seed ${i}`, s]),
  ])("is consistent: %s", (_name, text) => checkMap(text));

  it("maps matches back to the original spelling", () => {
    expect(originalOf(seed004, "داعش.")).toBe("د..ا..عـ ـش.");
    expect(originalOf(seed004, "يعززان")).toBe("يعـ ـززان");
    expect(originalOf(seed004, "العسكري")).toBe("العسـ ـكري");
    expect(originalOf("😀 أَحمد 😀", "احمد")).toBe("أَحمد");
    expect(originalOf("😀😀 ٢٠٢٥", "2025")).toBe("٢٠٢٥");
    expect(originalOf(seeds[3], "واشنطن.. دمشق")).toBe("واشنطن.. دمشق");
    expect(originalOf("a\u00A0\u00A0b", "a b")).toBe("a\u00A0\u00A0b");
    // The range ends after the last matched letter: a trailing mark is not part of it.
    expect(originalOf("أحمدُ", "احمد")).toBe("أحمد");
  });

  it("maps empty ranges to a point", () => {
    const { map } = normalizeWithMap("ab");
    expect(mapRangeToOriginal(map, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(mapRangeToOriginal(map, 2, 2)).toEqual({ start: 2, end: 2 });
  });
});
