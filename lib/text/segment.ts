// Sentence and clause segmentation for Arabic news text. Offsets are code points
// into the original text, half-open; segment text is trimmed of whitespace.

export type Segment = {
  start: number;
  end: number;
  text: string;
  kind: "sentence" | "bullet" | "heading" | "line";
};
type Range = { start: number; end: number };

const NEWLINE = /[\n\r\v\f\u0085\u2028\u2029]/;
const SPACE = /\s/u;
const QUOTE = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;
const CLOSERS = /["'\u201C-\u201F\u00AB\u00BB)\]}\u2019]/;
const TERMINAL = /[.!?\u061F\u06D4\u2026\u061B]/;
const BULLET = /^(?:[•·▪◦‣●]\s*|[-*–]\s+|\d{1,3}[.)]\s+)/u;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
// A short unpunctuated line (caption, crosshead, site furniture) is a "line";
// a longer one is a sentence that lost its full stop.
const LINE_MAX_WORDS = 7;
const QUOTE_SHORT_WORDS = 15;
const QUOTE_MAX_WORDS = 60; // a longer "quote" is a stray, unbalanced mark

const sentenceSegmenter = new Intl.Segmenter("ar", { granularity: "sentence" });

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** UTF-16 index → code-point index, and back. */
function offsetTables(text: string): { toCp: Int32Array; toUnit: Int32Array } {
  const toCp = new Int32Array(text.length + 1);
  const cps = [...text];
  const toUnit = new Int32Array(cps.length + 1);
  let u = 0;
  cps.forEach((c, i) => {
    toUnit[i] = u;
    for (let k = 0; k < c.length; k++) toCp[u + k] = i;
    u += c.length;
  });
  toCp[u] = cps.length;
  toUnit[cps.length] = u;
  return { toCp, toUnit };
}

/** Whether a candidate boundary (the next sentence starts at `b`) is a real sentence end. */
function isSentenceEnd(body: string, b: number): boolean {
  let p = b - 1;
  while (p >= 0 && SPACE.test(body[p])) p--;
  const q = p;
  while (p >= 0 && CLOSERS.test(body[p]) && !TERMINAL.test(body[p])) p--;
  if (p < 0 || !TERMINAL.test(body[p])) return true; // Intl found a break we cannot judge
  // "واشنطن.. دمشق": two or more dots (or …) act as a dash or ellipsis.
  if (body[p] === "\u2026" || (body[p] === "." && body[p - 1] === ".")) return false;
  // "د. محمد": a single Arabic letter before the full stop is an abbreviation.
  if (body[p] === "." && ARABIC_LETTER.test(body[p - 1] ?? "") && (p < 2 || SPACE.test(body[p - 2]))) return false;
  // Inside a quotation: split only a long quote whose own text ends with a full stop.
  let open = -1;
  let count = 0;
  for (let i = 0; i <= q; i++) {
    if (QUOTE.test(body[i])) {
      count++;
      open = i;
    }
  }
  // Even count: not inside a quote. A mark right after the stop closes the quote here.
  if (count % 2 === 0 || q !== p) return true;
  let close = b;
  while (close < body.length && !QUOTE.test(body[close])) close++;
  if (close >= body.length) return true;
  const words = wordCount(body.slice(open + 1, close));
  if (words > QUOTE_MAX_WORDS) return true;
  let last = close - 1;
  while (last > open && SPACE.test(body[last])) last--;
  return words > QUOTE_SHORT_WORDS && TERMINAL.test(body[last]);
}

function splitBody(body: string): Range[] {
  const cuts = new Set<number>();
  for (const s of sentenceSegmenter.segment(body)) if (s.index > 0) cuts.add(s.index);
  // Intl does not treat the Arabic semicolon as a sentence end.
  for (const m of body.matchAll(/\u061B\s*/gu)) cuts.add(m.index + m[0].length);
  const ranges: Range[] = [];
  let from = 0;
  for (const b of [...cuts].sort((x, y) => x - y)) {
    if (b >= body.length || !isSentenceEnd(body, b)) continue;
    ranges.push({ start: from, end: b });
    from = b;
  }
  ranges.push({ start: from, end: body.length });
  return ranges;
}

export function segmentSentences(text: string, opts: { headings?: Range[]; exclude?: Range[] } = {}): Segment[] {
  const { toCp, toUnit } = offsetTables(text);
  const blocked = new Uint8Array(text.length);
  const out: Segment[] = [];
  const cpLen = toUnit.length - 1;
  const clamp = (n: number) => Math.max(0, Math.min(cpLen, n));
  const push = (s: number, e: number, kind: Segment["kind"]) => {
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push({ start: toCp[s], end: toCp[e], text: text.slice(s, e), kind });
  };
  for (const r of opts.exclude ?? []) blocked.fill(1, toUnit[clamp(r.start)], toUnit[clamp(r.end)]);
  for (const r of opts.headings ?? []) {
    const s = toUnit[clamp(r.start)];
    const e = toUnit[clamp(r.end)];
    blocked.fill(1, s, e);
    push(s, e, "heading");
  }
  let i = 0;
  while (i < text.length) {
    if (blocked[i] || NEWLINE.test(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !blocked[j] && !NEWLINE.test(text[j])) j++;
    let s = i;
    while (s < j && SPACE.test(text[s])) s++;
    const marker = BULLET.exec(text.slice(s, j));
    if (marker) s += marker[0].length;
    const body = text.slice(s, j);
    const ranges = splitBody(body);
    let kind: Segment["kind"] = marker ? "bullet" : "sentence";
    const trimmed = body.trimEnd();
    const ends = trimmed.replace(/["'\u201C-\u201F\u00AB\u00BB)\]}]+$/u, "");
    if (!marker && ranges.length === 1 && !TERMINAL.test(ends.at(-1) ?? "") && wordCount(body) <= LINE_MAX_WORDS) kind = "line";
    for (const r of ranges) push(s + r.start, s + r.end, kind);
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}

// After " و" a new clause usually opens with a verb, a particle or a pronoun; a
// bare noun ("أيار وحزيران", "وزارة") is coordination, not a second claim.
const CLAUSE_AFTER_WAW =
  /^و(?:(?:قد|لم|لن|لا|ما|هو|هي|هم|هذا|هذه|أن|إن|أنه|إنه|بحسب|وفق)|(?:كان|أكد|قال|أشار|أضاف|أوضح|أعلن|تابع|اعتبر|رأى|بات|أصبح|ظل)(?:ت|وا)?|ي(?!وم)\p{L}{2,})(?!\p{L})/u;

/**
 * Splits a long sentence holding several claims on "، " / "؛ ", then on a
 * conjunction " و" that opens a clause, only where every resulting piece keeps more than 6 words.
 */
export function segmentClauses(text: string, segment: Segment, minWords = 7): Segment[] {
  const { toCp, toUnit } = offsetTables(text);
  const base = toUnit[segment.start];
  const body = text.slice(base, toUnit[segment.end]);
  const quoteDepth = (at: number) => [...body.slice(0, at)].filter((c) => QUOTE.test(c)).length % 2;
  const split = (from: number, to: number, re: RegExp): Range[] => {
    const pieces: Range[] = [];
    let last = from;
    for (const m of body.slice(from, to).matchAll(re)) {
      const cut = from + m.index + m[0].length;
      if (quoteDepth(cut) || (m[0].trim() === "" && !CLAUSE_AFTER_WAW.test(body.slice(cut)))) continue;
      if (wordCount(body.slice(last, cut)) >= minWords && wordCount(body.slice(cut, to)) >= minWords) {
        pieces.push({ start: last, end: cut });
        last = cut;
      }
    }
    pieces.push({ start: last, end: to });
    return pieces;
  };
  const ranges = split(0, body.length, /[\u060C\u061B]\s+/gu).flatMap((r) => split(r.start, r.end, /\s+(?=و\p{L})/gu));
  const out: Segment[] = [];
  for (const r of ranges) {
    let s = base + r.start;
    let e = base + r.end;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s)
      out.push({
        start: toCp[s],
        end: toCp[e],
        text: text.slice(s, e),
        kind: segment.kind,
      });
  }
  return out;
}

/**
 * The sentences of the lines a span touches, offsets in the whole text: a sentence never crosses a
 * line, so a claim's context needs only its own lines, not the whole article segmented again.
 */
export function sentencesAround(text: string, start: number, end: number): Segment[] {
  // Offsets are code points: outside the Basic Multilingual Plane they are not string indices.
  if (/[\uD800-\uDFFF]/.test(text)) return segmentSentences(text);
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !NEWLINE.test(text[from - 1])) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !NEWLINE.test(text[to])) to++;
  return segmentSentences(text.slice(from, to)).map((s) => ({ ...s, start: s.start + from, end: s.end + from }));
}
