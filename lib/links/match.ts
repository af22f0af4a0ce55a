import { normalizeArabic } from "@/lib/text/normalize";

// Word-level matching over normalized text. Arabic glues conjunctions and
// prepositions to the next word (والحسكة، للتحالف، بنشر), so a term's first
// word is also tried with those clitics peeled off; the peeled clitic is kept
// because "ل"/"ب" on an actor says it is an object or an owner, not the doer.

export interface Token {
  text: string;
  /** Code-unit offsets into the normalized text. */
  start: number;
  end: number;
  /** Characters between the previous token and this one. */
  gap: string;
}

interface Alt {
  stem: string;
  prefix: boolean;
}

export type WordSet = Alt[];

export interface Pattern {
  source: string;
  words: WordSet[];
}

export interface Hit {
  /** Token index range [from, to). */
  from: number;
  to: number;
  clitic: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
// ".." joins a headline's two halves ("بضغط من واشنطن.. دمشق توافق"), it does not end anything.
// Dashes are left out: they mostly join ranges ("الأحد – الاثنين") or asides.
const CLAUSE_BREAK = /[،,;؛:!?؟()[\]\n]|(?<!\.)\.(?!\.)/u;
const SENTENCE_BREAK = /[!?؟\n]|(?<!\.)\.(?!\.)/u;
// Inside a multi-word name only spaces, quotes, hyphens and apostrophes may separate the words
// ("deir ez-zor", "sana'a").
const NAME_GAP = /^[\s"'‘’\-‐‑]*$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, gap: text.slice(last, start) });
    last = start + m[0].length;
  }
  return out;
}

export const isClauseBreak = (t: Token | undefined): boolean => t !== undefined && CLAUSE_BREAK.test(t.gap);
export const isSentenceBreak = (t: Token | undefined): boolean => t !== undefined && SENTENCE_BREAK.test(t.gap);

function compileWord(word: string): WordSet {
  return word
    .split("|")
    .filter(Boolean)
    .map((a) =>
      a.endsWith("*") ? { stem: normalizeArabic(a.slice(0, -1)), prefix: true } : { stem: normalizeArabic(a), prefix: false },
    );
}

/** A hyphen or an apostrophe inside a written term separates words, as it does in the text. */
const INNER_MARK = /(?<=[\p{L}\p{N}])['‘’\-‐‑](?=[\p{L}\p{N}])/gu;

export function compile(term: string): Pattern {
  return { source: term, words: term.trim().replace(INNER_MARK, " ").split(/\s+/u).map(compileWord) };
}

/** A list of one-word alternatives ("في|من", "تقرير*") as one set. */
export function compileWords(list: string[]): WordSet {
  return list.flatMap((w) => w.split(/\s+/u).flatMap(compileWord));
}

const OUTER = ["و", "ف"];
const INNER = ["ب", "ل", "ك"];

/** The token itself plus every reading with leading clitics removed. */
export function readings(token: string): { stem: string; clitic: string }[] {
  const out = [{ stem: token, clitic: "" }];
  const add = (stem: string, clitic: string) => {
    if (stem.length >= 2) out.push({ stem, clitic });
  };
  for (const o of ["", ...OUTER]) {
    if (o && !token.startsWith(o)) continue;
    const rest = token.slice(o.length);
    if (o) add(rest, o);
    for (const i of INNER) {
      if (!rest.startsWith(i)) continue;
      const inner = rest.slice(1);
      add(inner, o + i);
      // "للتحالف" = ل + التحالف with the alef of the article dropped.
      if (i === "ل" && inner.startsWith("ل")) add("ا" + inner, o + i);
    }
  }
  return out;
}

const altMatches = (stem: string, a: Alt): boolean => (a.prefix ? stem.startsWith(a.stem) : stem === a.stem);

// Lexicon word sets are compiled once and the same words recur in every claim, so answers
// are remembered per set (bounded: a set's memory is cleared when it grows large).
const memo = new WeakMap<WordSet, Map<string, string | null>>();
const MEMO_LIMIT = 4096;

/** Clitic peeled to match (possibly ""), or null when the token is not in the set. */
export function matchWord(token: string, set: WordSet, allowClitics = true): string | null {
  let known = memo.get(set);
  if (!known) memo.set(set, (known = new Map()));
  const key = allowClitics ? token : `=${token}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const answer = matchWordUncached(token, set, allowClitics);
  if (known.size >= MEMO_LIMIT) known.clear();
  known.set(key, answer);
  return answer;
}

function matchWordUncached(token: string, set: WordSet, allowClitics: boolean): string | null {
  if (set.some((a) => altMatches(token, a))) return "";
  if (!allowClitics) return null;
  for (const r of readings(token).slice(1)) if (set.some((a) => altMatches(r.stem, a))) return r.clitic;
  return null;
}

export function matchAt(tokens: Token[], i: number, p: Pattern): Hit | null {
  const first = matchWord(tokens[i].text, p.words[0]);
  if (first === null) return null;
  for (let k = 1; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (!t || !NAME_GAP.test(t.gap) || matchWord(t.text, p.words[k], false) === null) return null;
  }
  return { from: i, to: i + p.words.length, clitic: first };
}

/** Longest match of any pattern starting at token i. */
export function longestAt(tokens: Token[], i: number, patterns: Pattern[]): Hit | null {
  let best: Hit | null = null;
  for (const p of patterns) {
    const h = matchAt(tokens, i, p);
    if (h && (!best || h.to > best.to)) best = h;
  }
  return best;
}

/** Sentence containing token i, as a token range [from, to). */
export function sentenceOf(tokens: Token[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !isSentenceBreak(tokens[a])) a--;
  let b = i + 1;
  while (b < tokens.length && !isSentenceBreak(tokens[b])) b++;
  return [a, b];
}

/** Clause containing token i, as a token range [from, to). */
export function clauseOf(tokens: Token[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !isClauseBreak(tokens[a])) a--;
  let b = i + 1;
  while (b < tokens.length && !isClauseBreak(tokens[b])) b++;
  return [a, b];
}

/** Index of a token in [i - before, i) or [j, j + after) (same clause, or sentence) that is in the set, else -1. */
export function findNear(
  tokens: Token[],
  i: number,
  j: number,
  set: WordSet,
  before = 0,
  after = 0,
  scope: "clause" | "sentence" = "clause",
): number {
  const [s, e] = scope === "clause" ? clauseOf(tokens, i) : sentenceOf(tokens, i);
  for (let k = i - 1; k >= Math.max(s, i - before); k--) if (matchWord(tokens[k].text, set) !== null) return k;
  for (let k = j; k < Math.min(e, j + after); k++) if (matchWord(tokens[k].text, set) !== null) return k;
  return -1;
}
