// Arabic normalization for search and matching. Stored article text is never
// rewritten: callers normalize both the haystack and the query, and use the
// offset map to highlight matches in the original text.
// All offsets are Unicode code points, not UTF-16 units.

type Ch = { c: string; src: number };

const TATWEEL = "\u0640";
const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const SPACE = /[\s\u0085]/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
const DOTS = /[.\u00B7]/u;

// Letter folds as "fromto" pairs. Hamza carriers ئ ؤ and bare ء are kept: they are
// distinct spellings, not variants of ي و.
const FOLD: Record<string, string> = {};
for (const [from, to] of "أا إا آا ٱا ٲا ٳا ىي یي ةه ەه ۀه ۃه کك ڪك".split(" ").map((p) => [...p])) FOLD[from] = to;
for (let d = 0; d < 10; d++) {
  FOLD[String.fromCharCode(0x0660 + d)] = String(d);
  FOLD[String.fromCharCode(0x06f0 + d)] = String(d);
}
for (const q of "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u2018\u2019\u201A\u201B'\u05F4\uFF02\uFF07")
  FOLD[q] = '"';
for (const d of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D") FOLD[d] = "-";

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ARABIC_LETTER.test(c);
}

const MARK = /\p{M}/u;

// NFC per base+marks cluster so every output char keeps a source offset. A lone code point that NFC
// keeps (always so below U+0300) is passed on without building a group: the common case.
function nfc(chars: Ch[]): Ch[] {
  const out: Ch[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i + 1;
    while (j < chars.length && MARK.test(chars[j].c)) j++;
    const c = chars[i].c;
    if (j === i + 1 && (c.charCodeAt(0) < 0x300 || c.normalize("NFC") === c)) {
      out.push(chars[i]);
      i = j;
      continue;
    }
    const group = chars.slice(i, j);
    const raw = group.map((g) => g.c).join("");
    const composed = raw.normalize("NFC");
    if (composed === raw) out.push(...group);
    else for (const c of composed) out.push({ c, src: chars[i].src });
    i = j;
  }
  return out;
}

function foldChar(c: string, src: number, out: Ch[]): void {
  if (DROP.test(c)) return;
  if (PRESENTATION.test(c)) {
    const k = c.normalize("NFKC");
    // Isolated/medial harakat forms decompose to space/tatweel + mark: drop them whole.
    if (/^[\s\u0640\u064B-\u065F]*$/u.test(k)) return;
    if (k !== c) {
      for (const x of k) foldChar(x, src, out);
      return;
    }
  }
  if (SPACE.test(c)) return void out.push({ c: " ", src });
  const f = FOLD[c];
  if (f !== undefined) return void out.push({ c: f, src });
  if (LATIN.test(c)) {
    for (const x of c.toLowerCase()) out.push({ c: x, src });
    return;
  }
  out.push({ c, src });
}

// Rejoin words broken to dodge filters. "يعـ ـززان": a tatweel glued to a letter,
// then whitespace, then a letter (optionally tatweel-led) is one word; so is
// "يع ـززان". A lone " ـ " used as a dash is not joined (it just disappears).
function joinTatweel(chars: Ch[]): Ch[] {
  const out: Ch[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i].c === " " && out.length > 0) {
      let j = i;
      while (j < chars.length && chars[j].c === " ") j++;
      let k = j;
      while (k < chars.length && chars[k].c === TATWEEL) k++;
      const prev = out[out.length - 1].c;
      const glued = prev === TATWEEL ? isLetter(lastNonTatweel(out)) : isLetter(prev) && k > j;
      if (glued && isLetter(chars[k]?.c)) {
        i = j - 1;
        continue;
      }
    }
    out.push(chars[i]);
  }
  return out;
}

function lastNonTatweel(out: Ch[]): string | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (out[i].c !== TATWEEL) return out[i].c;
  return undefined;
}

// Drops tatweel, flagging the letters it touched (a tatweel next to dots marks
// an intentional break, as in "داعـ.ـش").
function dropTatweel(chars: Ch[]): (Ch & { t?: boolean })[] {
  const out: (Ch & { t?: boolean })[] = [];
  let pending = false;
  for (const ch of chars) {
    if (ch.c === TATWEEL) {
      pending = true;
      if (out.length > 0) out[out.length - 1].t = true;
      continue;
    }
    out.push(pending ? { ...ch, t: true } : { ...ch });
    pending = false;
  }
  return out;
}

// "د..ا..عش" / "ا.ل.ج.ي.ش": Arabic letter runs separated only by dots. Joined when
// every piece is tiny (<= 2 letters), every inner piece is one letter, or a tatweel
// touched the dots, or a one-letter piece meets a double dot ("د..اعش").
// "واشنطن..دمشق" and the abbreviation "د.محمد" stay as they are.
function joinDots(chars: (Ch & { t?: boolean })[]): Ch[] {
  const out: Ch[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isLetter(chars[i].c) || isLetter(out[out.length - 1]?.c)) {
      out.push(chars[i++]);
      continue;
    }
    const pieces: (Ch & { t?: boolean })[][] = [];
    const seps: Ch[][] = [];
    let j = i;
    for (;;) {
      const piece: (Ch & { t?: boolean })[] = [];
      while (j < chars.length && isLetter(chars[j].c)) piece.push(chars[j++]);
      pieces.push(piece);
      let k = j;
      while (k < chars.length && DOTS.test(chars[k].c)) k++;
      if (k === j || !isLetter(chars[k]?.c)) break;
      seps.push(chars.slice(j, k));
      j = k;
    }
    const n = pieces.length;
    const join =
      n > 1 &&
      (pieces.every((p) => p.length <= 2) ||
        (n > 2 && pieces.slice(1, -1).every((p) => p.length === 1)) ||
        pieces.some((p, x) => (x > 0 && p[0].t) || (x < n - 1 && p[p.length - 1].t)) ||
        seps.some((sep, x) => sep.length > 1 && (pieces[x].length === 1 || pieces[x + 1].length === 1)));
    pieces.forEach((p, x) => {
      out.push(...p.map(({ c, src }) => ({ c, src })));
      if (x < seps.length && !join) out.push(...seps[x]);
    });
    i = j;
  }
  return out;
}

function collapseSpaces(chars: Ch[]): Ch[] {
  const out: Ch[] = [];
  for (const ch of chars) {
    if (ch.c === " " && (out.length === 0 || out[out.length - 1].c === " ")) continue;
    out.push(ch);
  }
  if (out.length > 0 && out[out.length - 1].c === " ") out.pop();
  return out;
}

export function normalizeWithMap(text: string): {
  normalized: string;
  map: number[];
} {
  const cps = [...text];
  let chars: Ch[] = nfc(cps.map((c, src) => ({ c, src })));
  const folded: Ch[] = [];
  for (const ch of chars) foldChar(ch.c, ch.src, folded);
  chars = joinDots(dropTatweel(joinTatweel(folded)));
  // Removing Arabic marks can leave a Latin base next to its accent: recompose.
  chars = nfc(collapseSpaces(chars));
  return {
    normalized: chars.map((ch) => ch.c).join(""),
    map: [...chars.map((ch) => ch.src), cps.length],
  };
}

export function normalizeArabic(text: string): string {
  return normalizeWithMap(text).normalized;
}

/** Maps a half-open range [s, e) of normalized code points to the original text. */
export function mapRangeToOriginal(map: number[], s: number, e: number): { start: number; end: number } {
  if (e <= s) return { start: map[s], end: map[s] };
  return { start: map[s], end: map[e - 1] + 1 };
}
