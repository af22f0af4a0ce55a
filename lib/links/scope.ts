import {
  COMPLEMENTIZERS,
  CONCESSIVE,
  DENIAL_PHRASES,
  DENIAL_VERBS,
  HEDGE_NEXT_WINDOW,
  HEDGES,
  HEDGES_NEXT,
  NEGATION_PARTICLES,
  NEGATION_WINDOW,
  STILL,
} from "@/lib/text/lexicons/grammar";
import { clauseOf, compile, compileWords, matchAt, matchWord, sentenceOf, type Token, type WordSet } from "./match";
import { isVerbalNoun } from "./roles";

// What a cue sits inside: a negation, a denial of the whole report, a hedge
// ("تخشى", "المزمع"), a concession ("رغم") or a purpose ("لتنفيذ اتفاق").

const STILL_P = STILL.map(compile);
const PARTICLES = compileWords(NEGATION_PARTICLES);
const DENIAL_V = compileWords(DENIAL_VERBS);
const DENIAL_P = DENIAL_PHRASES.map(compile);
export const CONCESSIVE_W = compileWords(CONCESSIVE);
const HEDGE_W = compileWords(HEDGES);
const HEDGE_NEXT_W = compileWords(HEDGES_NEXT);
const COMP_W = compileWords(COMPLEMENTIZERS);

export function stillSpans(tokens: Token[]): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const p of STILL_P) {
      const h = matchAt(tokens, i, p);
      if (h) for (let k = h.from; k < h.to; k++) s.add(k);
    }
  }
  return s;
}

export function deniedReport(tokens: Token[], from: number): boolean {
  const [ss, se] = sentenceOf(tokens, from);
  for (let k = ss; k < se; k++) if (DENIAL_P.some((p) => matchAt(tokens, k, p))) return true;
  return false;
}

export function negatedAt(tokens: Token[], from: number, skip: Set<number>): boolean {
  const [cs] = clauseOf(tokens, from);
  for (let k = from - 1; k >= Math.max(cs, from - NEGATION_WINDOW); k--) {
    if (!skip.has(k) && matchWord(tokens[k].text, PARTICLES) !== null) return true;
  }
  const [ss] = sentenceOf(tokens, from);
  for (let k = ss; k < from; k++) if (matchWord(tokens[k].text, DENIAL_V) !== null) return true;
  return deniedReport(tokens, from);
}

export function wordBefore(tokens: Token[], from: number, set: WordSet, wholeSentence: boolean): string | undefined {
  const [s] = wholeSentence ? sentenceOf(tokens, from) : clauseOf(tokens, from);
  for (let k = from - 1; k >= s; k--) if (matchWord(tokens[k].text, set) !== null) return tokens[k].text;
  return undefined;
}

// "لتنفيذ اتفاق", "لتطبيق بنود الاتفاق": the cue is what a purpose is about.
export function purposeHead(tokens: Token[], from: number): boolean {
  const [cs] = clauseOf(tokens, from);
  for (let k = from - 1; k >= Math.max(cs, from - 2); k--) {
    const w = tokens[k].text.replace(/^[وف]/u, "");
    if (w.startsWith("ل") && isVerbalNoun(w.slice(1))) return true;
  }
  return false;
}

export function hedgeBefore(tokens: Token[], from: number): string | undefined {
  const [s] = sentenceOf(tokens, from);
  for (let k = from - 1; k >= s; k--) {
    const w = tokens[k].text;
    if (matchWord(w, COMP_W, false) !== null) return undefined;
    if (matchWord(w, HEDGE_W) !== null) return w;
    if (from - k <= HEDGE_NEXT_WINDOW && matchWord(w, HEDGE_NEXT_W) !== null) return w;
  }
  return undefined;
}
