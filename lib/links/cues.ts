import { FACILITY_CUES, GENERAL_CUES } from "@/lib/text/lexicons/general-cues";
import { STANCE_CUES } from "@/lib/text/lexicons/stance-cues";
import type { StanceCue } from "@/lib/text/lexicons/types";
import { compile, compileWords, findNear, longestAt, type Pattern, type Token, type WordSet } from "./match";

// Finds stance cue words and checks their own conditions (what must or must
// not be near them). Whose stance it is and whether it is negated is decided
// in stance.ts.

export interface CompiledCue {
  cue: StanceCue;
  patterns: Pattern[];
  near?: { set: WordSet; before: number; after: number; sentence: boolean };
  unless?: { set: WordSet; before: number; after: number };
}

// Facility cues first: on a tie the first entry whose condition holds wins ("إغلاق المطار" is an
// airport closing, not a force leaving).
const CUES: CompiledCue[] = [...FACILITY_CUES, ...STANCE_CUES, ...GENERAL_CUES].map((cue) => ({
  cue,
  patterns: cue.terms.map(compile),
  near: cue.near && {
    set: compileWords(cue.near.words),
    before: cue.near.before ?? 0,
    after: cue.near.after ?? 0,
    sentence: cue.near.sentence ?? false,
  },
  unless: cue.unless && { set: compileWords(cue.unless.words), before: cue.unless.before ?? 0, after: cue.unless.after ?? 0 },
}));

// Conditions on the cue's own words stay in its clause; "unless" looks at the whole sentence.
const near = (tokens: Token[], from: number, to: number, n: { set: WordSet; before: number; after: number; sentence: boolean }) =>
  findNear(tokens, from, to, n.set, n.before, n.after, n.sentence ? "sentence" : "clause") >= 0;
const nearInSentence = (tokens: Token[], from: number, to: number, n: { set: WordSet; before: number; after: number }) =>
  findNear(tokens, from, to, n.set, n.before, n.after, "sentence") >= 0;

/** Every cue match in the text, in order, each consuming its words. */
export type CueMatch = { c: CompiledCue; from: number; to: number; clitic: string; ignored?: string };

export function matchCues(tokens: Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const hits = CUES.flatMap((c) => {
      const h = longestAt(tokens, i, c.patterns);
      return h ? [{ c, from: h.from, to: h.to, clitic: h.clitic }] : [];
    });
    if (hits.length === 0) {
      i++;
      continue;
    }
    const len = Math.max(...hits.map((h) => h.to - h.from));
    const longest = hits.filter((h) => h.to - h.from === len);
    const ok = longest.find((h) => !h.c.near || near(tokens, h.from, h.to, h.c.near));
    let pick: CueMatch | undefined;
    if (ok) {
      pick = { ...ok };
      if (ok.c.cue.value === null) pick.ignored = ok.c.cue.ignore ?? "not a stance";
      else if (ok.c.unless && nearInSentence(tokens, ok.from, ok.to, ok.c.unless))
        pick.ignored = ok.c.cue.unlessReason ?? "condition not met";
    } else {
      const failed = longest.find((h) => h.c.cue.value !== null);
      if (failed) pick = { ...failed, ignored: failed.c.cue.unmet ?? "condition not met" };
    }
    if (pick) out.push(pick);
    i = pick ? pick.to : i + 1;
  }
  return out;
}

/** Token indices of the words that name an event (cues that count). */
export function eventTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (const m of matchCues(tokens)) if (!m.ignored) for (let k = m.from; k < m.to; k++) out.add(k);
  return out;
}
