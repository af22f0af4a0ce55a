import { ACTORS, MILITARY_NOUNS } from "@/lib/text/lexicons/actors";
import { OBJECT_BEFORE, POLITICAL_CONTEXT } from "@/lib/text/lexicons/grammar";
import { LOCATIVE_BEFORE, PLACES } from "@/lib/text/lexicons/places";
import type { ActorId, PlaceEntry } from "@/lib/text/lexicons/types";
import { compile, compileWords, isClauseBreak, longestAt, matchWord, type Pattern, type Token, type WordSet } from "./match";

// Finds actor and place mentions. Both lexicons compete for the same words
// ("قوات سوريا الديمقراطية" contains "سوريا"), so all candidates are collected
// and the longest non-overlapping ones are kept.

export interface Mention {
  kind: "actor" | "place";
  id: string;
  from: number;
  to: number;
  clitic: string;
  /** How it was recognized: a name, a military noun with a nationality, or a capital acting. */
  via: "name" | "demonym" | "capital";
}

export interface IgnoredMention {
  id: string;
  from: number;
  to: number;
  reason: string;
}

interface Entry {
  kind: "actor" | "place";
  id: string;
  pattern: Pattern;
  place?: PlaceEntry;
  blockedNext?: WordSet;
}

const ENTRIES: Entry[] = [
  ...ACTORS.flatMap((a) => {
    const blockedNext = a.blockedNext ? compileWords(a.blockedNext) : undefined;
    return a.terms.map((t) => ({ kind: "actor" as const, id: a.id, pattern: compile(t), blockedNext }));
  }),
  ...PLACES.flatMap((p) =>
    [...p.terms, ...(p.en ?? [])].map((t) => ({ kind: "place" as const, id: p.id, pattern: compile(t), place: p })),
  ),
];

const DEMONYMS = ACTORS.flatMap((a) => (a.demonyms ?? []).map((d) => ({ id: a.id, set: compileWords([d]) })));
const MILITARY = compileWords(MILITARY_NOUNS);
const PREPOSITIONS = compileWords(OBJECT_BEFORE);
const POLITICAL = compileWords(POLITICAL_CONTEXT);
const LOCATIVE = compileWords(LOCATIVE_BEFORE);

const COMPILED_CONDITIONS = new Map<PlaceEntry, { requires?: WordSet; blockedPrev?: WordSet; blockedNext?: WordSet }>(
  PLACES.map((p) => [
    p,
    {
      requires: p.requiresPrev && compileWords(p.requiresPrev),
      blockedPrev: p.blockedPrev && compileWords(p.blockedPrev),
      blockedNext: p.blockedNext && compileWords(p.blockedNext),
    },
  ]),
);

const prevWord = (tokens: Token[], i: number): string | undefined =>
  i > 0 && !isClauseBreak(tokens[i]) ? tokens[i - 1].text : undefined;
const nextWord = (tokens: Token[], j: number): string | undefined =>
  j < tokens.length && !isClauseBreak(tokens[j]) ? tokens[j].text : undefined;
const inSet = (w: string | undefined, set: WordSet | undefined): boolean =>
  w !== undefined && set !== undefined && matchWord(w, set) !== null;

function placeConditionFails(p: PlaceEntry, tokens: Token[], from: number, to: number): boolean {
  const c = COMPILED_CONDITIONS.get(p);
  if (!c) return false;
  const prev = prevWord(tokens, from);
  if (c.requires && !inSet(prev, c.requires)) return true;
  if (c.blockedPrev && inSet(prev, c.blockedPrev)) return true;
  return !!c.blockedNext && inSet(nextWord(tokens, to), c.blockedNext);
}

// A capital or country acts as its government when a verb or a political noun
// is next to it ("دمشق توافق", "وترى دمشق", "بضغط من واشنطن"), unless a
// locative word says it is the place ("في دمشق", "ريف دمشق").
function actsAsGovernment(tokens: Token[], from: number, to: number): boolean {
  const prev = prevWord(tokens, from);
  if (inSet(prev, LOCATIVE)) return false;
  if (inSet(prev, POLITICAL) || inSet(nextWord(tokens, to), POLITICAL)) return true;
  // A preposition may stand between, after a noun and maybe an adjective:
  // "بضغط من واشنطن", "تحالفها مع واشنطن", "رد رسمي من دمشق".
  if (!inSet(prev, PREPOSITIONS)) return false;
  for (let k = from - 2; k >= Math.max(0, from - 3); k--) {
    if (isClauseBreak(tokens[k + 1])) return false;
    if (inSet(tokens[k].text, POLITICAL)) return true;
  }
  return false;
}

// "طائرة شحن عسكرية أمريكية": a military noun and, within three words and no
// preposition in between, an actor's nationality adjective.
function demonymMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const clitic = matchWord(tokens[i].text, MILITARY);
    if (clitic === null) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (isClauseBreak(tokens[k]) || inSet(tokens[k].text, PREPOSITIONS)) break;
      const d = DEMONYMS.find((x) => matchWord(tokens[k].text, x.set, false) !== null);
      if (d) {
        out.push({ kind: "actor", id: d.id, from: i, to: k + 1, clitic, via: "demonym" });
        break;
      }
    }
  }
  return out;
}

export function findMentions(tokens: Token[]): { mentions: Mention[]; ignored: IgnoredMention[] } {
  const candidates: (Mention & { place?: PlaceEntry })[] = [];
  const ignored: IgnoredMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const e of ENTRIES) {
      const h = longestAt(tokens, i, [e.pattern]);
      if (!h) continue;
      if (e.blockedNext && inSet(nextWord(tokens, h.to), e.blockedNext)) continue;
      if (e.place && placeConditionFails(e.place, tokens, h.from, h.to)) {
        if (e.place.ignoreReason) ignored.push({ id: e.id, from: h.from, to: h.to, reason: e.place.ignoreReason });
        continue;
      }
      candidates.push({ kind: e.kind, id: e.id, from: h.from, to: h.to, clitic: h.clitic, via: "name", place: e.place });
    }
  }
  // A nationality adjective only names an actor when no name does ("قوات وزارة الداخلية السورية").
  candidates.push(
    ...demonymMentions(tokens).filter((d) => !candidates.some((c) => c.kind === "actor" && c.from < d.to && d.from < c.to)),
  );
  // Longest first; on a tie a name beats a nationality adjective, an actor beats a place.
  const rank = (m: Mention) => (m.via === "name" ? 0 : 1) + (m.kind === "actor" ? 0 : 2);
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || rank(a) - rank(b));
  const taken = new Array<boolean>(tokens.length).fill(false);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.from; k < c.to; k++) free &&= !taken[k];
    if (!free) continue;
    for (let k = c.from; k < c.to; k++) taken[k] = true;
    const { place, ...m } = c;
    if (place?.actsAs && actsAsGovernment(tokens, c.from, c.to)) {
      mentions.push({ ...m, kind: "actor", id: place.actsAs, via: "capital" });
    } else mentions.push(m);
  }
  // Ignored readings hidden under a real mention are not worth reporting.
  const kept = ignored.filter((g) => !mentions.some((m) => g.from < m.to && m.from < g.to));
  return { mentions: mentions.sort((a, b) => a.from - b.from), ignored: kept };
}

export const actorIds = (mentions: Mention[]): ActorId[] => [
  ...new Set(mentions.filter((m) => m.kind === "actor").map((m) => m.id as ActorId)),
];
