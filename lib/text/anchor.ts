// Claim anchors: W3C Web Annotation TextPositionSelector + TextQuoteSelector.
// Offsets are half-open Unicode code point offsets into the stored article text (not UTF-16 units):
// the database, exports and non-JavaScript consumers all count code points, and an emoji or a rare
// CJK character must not shift every claim after it.

export type Anchor = {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
};

export type SpanProblem = "EMPTY" | "OUT_OF_RANGE" | "SPLITS_LETTER" | "WHITESPACE_ONLY";
export type SpanCheck = { ok: true } | { ok: false; reason: SpanProblem; message: string };

export type Reanchored = {
  start: number;
  end: number;
  method: "position" | "quote" | "fuzzy";
  score: number;
};

/** Minimum similarity (0..1, 1 − edit distance / length over folded text) for a fuzzy re-anchor. */
export const FUZZY_THRESHOLD = 0.8;
/** Below this many folded characters a fuzzy match is too likely to be a coincidence. */
const MIN_FUZZY_LENGTH = 10;

const MARK = /\p{M}/u;
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}\p{M}\u0640]/u;

const isMark = (ch: string | undefined) => ch !== undefined && MARK.test(ch);
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Browser selections are UTF-16 offsets. An offset inside a surrogate pair counts as after the pair. */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`UTF-16 offset ${utf16Offset} is outside 0..${text.length}`);
  }
  let cp = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) cp++;
  }
  return cp;
}

export function codePointToUtf16(text: string, cp: number): number {
  if (!Number.isInteger(cp) || cp < 0) throw new RangeError(`Code point offset ${cp} is not a valid offset`);
  let i = 0;
  for (let n = 0; n < cp; n++) {
    if (i >= text.length) throw new RangeError(`Code point offset ${cp} is past the end of the text`);
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return i;
}

export function makeAnchor(text: string, start: number, end: number, context = 32): Anchor {
  const cps = [...text];
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > cps.length) {
    throw new RangeError(`Span ${start}..${end} is outside the text (0..${cps.length})`);
  }
  return {
    start,
    end,
    quote: cps.slice(start, end).join(""),
    prefix: cps.slice(Math.max(0, start - context), start).join(""),
    suffix: cps.slice(end, end + context).join(""),
  };
}

export function checkSpan(text: string, start: number, end: number): SpanCheck {
  const cps = [...text];
  const fail = (reason: SpanProblem, message: string): SpanCheck => ({
    ok: false,
    reason,
    message,
  });
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > cps.length || start > end) {
    return fail(
      "OUT_OF_RANGE",
      `The selection (${start}–${end}) is outside the article text, which has ${cps.length} characters.`,
    );
  }
  if (start === end) return fail("EMPTY", "The selection is empty. Select the words of the claim.");
  if (cps.slice(start, end).every((ch) => SPACE.test(ch))) {
    return fail("WHITESPACE_ONLY", "The selection contains only spaces or line breaks. Select the words of the claim.");
  }
  // A diacritic (shadda, fatha, …) belongs to the letter before it; cutting between them would
  // leave half a letter on each side of the claim boundary.
  if (isMark(cps[start]) || isMark(cps[end])) {
    return fail("SPLITS_LETTER", "The selection cuts a letter off from its diacritic. Extend it to the whole letter.");
  }
  return { ok: true };
}

/** Tidy a browser selection: trim surrounding whitespace, keep diacritics with their letters. */
export function snapSpan(text: string, start: number, end: number): { start: number; end: number } {
  return snapCps([...text], start, end);
}

function snapCps(cps: string[], start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, cps.length));
  let e = Math.max(s, Math.min(end, cps.length));
  while (s < e && SPACE.test(cps[s])) s++;
  while (e > s && SPACE.test(cps[e - 1])) e--;
  if (s === e) return { start: s, end: s }; // whitespace only: collapse, checkSpan reports EMPTY
  while (s > 0 && isMark(cps[s])) s--;
  while (e < cps.length && isMark(cps[e])) e++;
  return { start: s, end: e };
}

/**
 * Find an anchor again in a revised text: (1) same offsets still hold the quote, (2) exact quote,
 * ranked by prefix/suffix similarity then nearness to the old offsets, (3) fuzzy match over folded
 * text (see fuzzyMatch). `score` is the similarity of the matched text to the quote (1 when exact).
 * null means the claim is orphaned.
 */
export function reanchor(anchor: Anchor, newText: string): Reanchored | null {
  const cps = [...newText];
  const { start, end, quote } = anchor;
  const atPosition = start < end && end <= cps.length && cps.slice(start, end).join("") === quote;
  if (atPosition && !splitsLetter(cps, start, end) && contextScore(anchor, cps, start, end) === 1) {
    return { start, end, method: "position", score: 1 };
  }
  // The same offsets may now hold another occurrence of a repeated quote; let the context decide.
  const exact = bestExact(anchor, newText, cps);
  if (exact)
    return {
      ...exact,
      method: exact.start === start ? "position" : "quote",
      score: 1,
    };
  return fuzzyMatch(anchor, cps);
}

function splitsLetter(cps: string[], start: number, end: number): boolean {
  return isMark(cps[start]) || isMark(cps[end]);
}

function bestExact(anchor: Anchor, text: string, cps: string[]): { start: number; end: number } | null {
  if (!anchor.quote) return null;
  const quoteLength = [...anchor.quote].length;
  let best: { start: number; end: number; rank: [number, number] } | null = null;
  let cp = 0;
  let unit = 0;
  for (let i = text.indexOf(anchor.quote); i !== -1; i = text.indexOf(anchor.quote, i + 1)) {
    for (; unit < i; unit++) {
      if (!(isLowSurrogate(text.charCodeAt(unit)) && unit > 0 && isHighSurrogate(text.charCodeAt(unit - 1)))) cp++;
    }
    const start = cp;
    const end = start + quoteLength;
    if (isLowSurrogate(text.charCodeAt(i)) || splitsLetter(cps, start, end)) continue;
    const rank: [number, number] = [contextScore(anchor, cps, start, end), -Math.abs(start - anchor.start)];
    if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) {
      best = { start, end, rank };
    }
  }
  return best && { start: best.start, end: best.end };
}

/** Mean similarity of the stored prefix/suffix to the text around a candidate span (0..1). */
function contextScore(anchor: Anchor, cps: string[], start: number, end: number): number {
  const before = cps.slice(Math.max(0, start - [...anchor.prefix].length), start).join("");
  const after = cps.slice(end, end + [...anchor.suffix].length).join("");
  return (dice(anchor.prefix, before) + dice(anchor.suffix, after)) / 2;
}

/** Sørensen–Dice coefficient on character bigrams; tolerant of small edits in the context. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) counts.set(a.slice(i, i + 2), (counts.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const n = counts.get(b.slice(i, i + 2));
    if (n) {
      shared++;
      counts.set(b.slice(i, i + 2), n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

// --- fuzzy matching ---------------------------------------------------------------------------
// A light per-code-point folding, not the search normalizer: it must keep an offset map back to the
// original text and stay cheap on 2 MB articles. The main folds (alef forms, ى/ة, tashkeel, tatweel,
// invisible marks, digits, quote marks) are the same; the rest is left to the similarity threshold.

const FOLD: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ە: "ه",
  ک: "ك",
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "‘": '"',
  "’": '"',
  "'": '"',
};
const DROP = /[\p{M}\p{Cf}\u0640]/u;
const SPACE_CODE = 0x20;
// Indexed by code point for the Basic Multilingual Plane: a Map keyed by one-character strings
// dominated the time on large articles. 0 = not computed yet, −1 = dropped, else folded + 1.
const bmpCache = new Int32Array(0x10000);

/** The folded code point of one source code point, or −1 when it is dropped. */
function foldChar(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x10000 && bmpCache[c] !== 0) return bmpCache[c] < 0 ? -1 : bmpCache[c] - 1;
  let out: number;
  if (DROP.test(ch)) out = -1;
  else if (SPACE.test(ch)) out = SPACE_CODE;
  else if (c >= 0x660 && c <= 0x669) out = 0x30 + c - 0x660;
  else if (c >= 0x6f0 && c <= 0x6f9) out = 0x30 + c - 0x6f0;
  else {
    const lower = ch.toLowerCase();
    out = (FOLD[ch] ?? (lower.length === ch.length ? lower : ch)).codePointAt(0)!;
  }
  if (c < 0x10000) bmpCache[c] = out < 0 ? -1 : out + 1;
  return out;
}

/** Folded code points (whitespace runs collapsed) and, for each, its code point index in the source. */
function fold(cps: string[]): { codes: Int32Array; map: Int32Array } {
  const codes = new Int32Array(cps.length);
  const map = new Int32Array(cps.length);
  let n = 0;
  for (let i = 0; i < cps.length; i++) {
    const f = foldChar(cps[i]);
    if (f < 0 || (f === SPACE_CODE && n > 0 && codes[n - 1] === SPACE_CODE)) continue;
    codes[n] = f;
    map[n++] = i;
  }
  return { codes: codes.subarray(0, n), map: map.subarray(0, n) };
}

/** A 30-bit trigram hash (small-integer Map keys are fast); collisions only add votes the alignment rejects. */
const trigram = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & 0x3fffffff;

/**
 * q-gram filter + local alignment. Quote trigrams vote for the diagonal (text position − quote
 * position) where they occur, which is one linear pass over the text; only the few best-voted
 * regions get a semi-global Levenshtein alignment (cost ~ quote length × region length each).
 */
function fuzzyMatch(anchor: Anchor, cps: string[]): Reanchored | null {
  const q = fold([...anchor.quote.trim()]).codes;
  const m = q.length;
  if (m < MIN_FUZZY_LENGTH) return null;
  const text = fold(cps);
  const t = text.codes;

  const grams = new Map<number, number[]>();
  for (let i = 0; i + 2 < m; i++) {
    const key = trigram(q[i], q[i + 1], q[i + 2]);
    const list = grams.get(key) ?? [];
    list.push(i);
    grams.set(key, list);
  }
  const bucket = Math.max(4, Math.floor(m / 8));
  const votes = new Map<number, number>();
  for (let p = 0; p + 2 < t.length; p++) {
    const offsets = grams.get(trigram(t[p], t[p + 1], t[p + 2]));
    // Trigrams repeated inside the quote vote everywhere and would make the pass quadratic.
    if (!offsets || offsets.length > 3) continue;
    for (const o of offsets) {
      const b = Math.floor((p - o) / bucket);
      votes.set(b, (votes.get(b) ?? 0) + 1);
    }
  }
  const clustered = [...votes.keys()]
    .map((b) => ({
      b,
      n: (votes.get(b - 1) ?? 0) + votes.get(b)! + (votes.get(b + 1) ?? 0),
    }))
    .filter((c) => c.n >= 0.25 * (m - 2))
    .sort((x, y) => y.n - x.n);
  const picked: number[] = [];
  for (const c of clustered) {
    if (picked.length === 4) break;
    if (picked.every((b) => Math.abs(b - c.b) > 2)) picked.push(c.b);
  }

  const slack = Math.ceil(m * (1 - FUZZY_THRESHOLD)) + 2;
  let best: (Reanchored & { ctx: number }) | null = null;
  for (const b of picked) {
    const from = Math.max(0, (b - 1) * bucket - slack);
    const to = Math.min(t.length, (b + 2) * bucket + m + slack);
    const hit = align(q, t, from, to);
    if (!hit || hit.score < FUZZY_THRESHOLD) continue;
    let start = text.map[hit.start];
    let end = text.map[hit.end - 1] + 1;
    ({ start, end } = extendToWords(anchor, cps, start, end));
    ({ start, end } = snapCps(cps, start, end));
    if (start === end) continue;
    const ctx = contextScore(anchor, cps, start, end);
    const better =
      !best ||
      hit.score > best.score ||
      (hit.score === best.score &&
        (ctx > best.ctx || (ctx === best.ctx && Math.abs(start - anchor.start) < Math.abs(best.start - anchor.start))));
    if (better) best = { start, end, method: "fuzzy", score: hit.score, ctx };
  }
  return (
    best && {
      start: best.start,
      end: best.end,
      method: best.method,
      score: best.score,
    }
  );
}

/** Substring of t[from..to) with the smallest edit distance to q (Sellers' algorithm, start tracked). */
function align(q: Int32Array, t: Int32Array, from: number, to: number): { start: number; end: number; score: number } | null {
  const n = to - from;
  if (n <= 0) return null;
  let dPrev = new Int32Array(n + 1);
  let sPrev = new Int32Array(n + 1);
  let dCur = new Int32Array(n + 1);
  let sCur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) sPrev[j] = j; // free start anywhere in the region
  for (let i = 1; i <= q.length; i++) {
    dCur[0] = i;
    sCur[0] = 0;
    for (let j = 1; j <= n; j++) {
      let d = dPrev[j - 1] + (q[i - 1] === t[from + j - 1] ? 0 : 1);
      let s = sPrev[j - 1];
      if (dPrev[j] + 1 < d) {
        d = dPrev[j] + 1; // quote character missing from the text
        s = sPrev[j];
      }
      if (dCur[j - 1] + 1 < d) {
        d = dCur[j - 1] + 1; // extra character in the text
        s = sCur[j - 1];
      }
      dCur[j] = d;
      sCur[j] = s;
    }
    [dPrev, dCur] = [dCur, dPrev];
    [sPrev, sCur] = [sCur, sPrev];
  }
  let bestJ = -1;
  for (let j = 1; j <= n; j++) {
    if (j > sPrev[j] && (bestJ < 0 || dPrev[j] < dPrev[bestJ])) bestJ = j;
  }
  if (bestJ < 0) return null;
  const length = bestJ - sPrev[bestJ];
  return {
    start: from + sPrev[bestJ],
    end: from + bestJ,
    score: 1 - dPrev[bestJ] / Math.max(q.length, length),
  };
}

/**
 * If the stored quote began (ended) on a word boundary, the match should too: a replaced first or
 * last word otherwise leaves a fragment of the new word outside the claim.
 */
function extendToWords(anchor: Anchor, cps: string[], start: number, end: number): { start: number; end: number } {
  const quote = [...anchor.quote];
  const prefixEnd = [...anchor.prefix].at(-1);
  const suffixStart = [...anchor.suffix][0];
  let s = start;
  let e = end;
  if (WORD.test(quote[0] ?? "") && !WORD.test(prefixEnd ?? " ")) {
    while (s > 0 && start - s < 30 && WORD.test(cps[s - 1])) s--;
  }
  if (WORD.test(quote.at(-1) ?? "") && !WORD.test(suffixStart ?? " ")) {
    while (e < cps.length && e - end < 30 && WORD.test(cps[e])) e++;
  }
  return { start: s, end: e };
}
