import type { ActorEntry, Knowledge, PlaceEntry } from "@/lib/knowledge/types";
import { LOCATIVE_BEFORE, MILITARY_NOUNS, OBJECT_BEFORE, POLITICAL_CONTEXT } from "@/lib/text/lexicons/grammar";
import type { ActorId } from "@/lib/text/lexicons/types";
import {
  compile,
  compileWords,
  isClauseBreak,
  longestAt,
  matchWord,
  readings,
  type Pattern,
  type Token,
  type WordSet,
} from "./match";

// Finds actor and place mentions, from the desk's knowledge (its actors and places). Actors and
// places compete for the same words ("قوات سوريا الديمقراطية" contains "سوريا"), so all candidates
// are collected and the longest non-overlapping ones are kept.

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

/** The desk's knowledge compiled for matching: built once per knowledge revision. */
export interface Lexicon {
  /** Entries by the exact stem of their first word, and those whose first word may continue ("قاعد*"). */
  byFirst: Map<string, Entry[]>;
  prefixed: Entry[];
  demonyms: { id: string; set: WordSet }[];
  conditions: Map<PlaceEntry, { requires?: WordSet; blockedPrev?: WordSet; blockedNext?: WordSet }>;
  place: (id: string) => PlaceEntry | undefined;
  actor: (id: string) => ActorEntry | undefined;
}

const compiled = new WeakMap<Knowledge, Lexicon>();

// Kinds precise enough that two claims naming one are about the same spot.
const SPOT_KINDS = new Set(["base", "field", "dam", "village", "town", "city", "crossing", "area", "camp", "airport", "port"]);
/** A place two claims can be "at": precise in kind and not marked broad by the desk. */
export const isSpot = (lex: Lexicon, id: string): boolean => {
  const p = lex.place(id);
  return !!p && SPOT_KINDS.has(p.kind) && !p.broad;
};

export function lexiconOf(k: Knowledge): Lexicon {
  const hit = compiled.get(k);
  if (hit) return hit;
  const entries: Entry[] = [
    ...k.actors.flatMap((a) => {
      const blockedNext = a.blockedNext ? compileWords(a.blockedNext) : undefined;
      return a.terms.map((t) => ({ kind: "actor" as const, id: a.id, pattern: compile(t), blockedNext }));
    }),
    ...k.places.flatMap((p) =>
      [...p.terms, ...(p.en ?? [])].map((t) => ({ kind: "place" as const, id: p.id, pattern: compile(t), place: p })),
    ),
  ];
  // A place may have several entries (spellings with different conditions); the first one describes it.
  const places = new Map<string, PlaceEntry>();
  for (const p of k.places) if (!places.has(p.id)) places.set(p.id, p);
  const actors = new Map(k.actors.map((a) => [a.id, a]));
  const byFirst = new Map<string, Entry[]>();
  const prefixed: Entry[] = [];
  for (const entry of entries)
    for (const alt of entry.pattern.words[0] ?? []) {
      if (alt.prefix) prefixed.push(entry);
      else byFirst.set(alt.stem, [...(byFirst.get(alt.stem) ?? []), entry]);
    }
  const lexicon: Lexicon = {
    byFirst,
    prefixed: [...new Set(prefixed)],
    demonyms: k.actors.flatMap((a) => (a.demonyms ?? []).map((d) => ({ id: a.id, set: compileWords([d]) }))),
    conditions: new Map(
      k.places
        .filter((p) => p.requiresPrev || p.blockedPrev || p.blockedNext)
        .map((p) => [
          p,
          {
            requires: p.requiresPrev && compileWords(p.requiresPrev),
            blockedPrev: p.blockedPrev && compileWords(p.blockedPrev),
            blockedNext: p.blockedNext && compileWords(p.blockedNext),
          },
        ]),
    ),
    place: (id) => places.get(id),
    actor: (id) => actors.get(id),
  };
  compiled.set(k, lexicon);
  return lexicon;
}

const MILITARY = compileWords(MILITARY_NOUNS);
const PREPOSITIONS = compileWords(OBJECT_BEFORE);
const POLITICAL = compileWords(POLITICAL_CONTEXT);
const LOCATIVE = compileWords(LOCATIVE_BEFORE);

const prevWord = (tokens: Token[], i: number): string | undefined =>
  i > 0 && !isClauseBreak(tokens[i]) ? tokens[i - 1].text : undefined;
const nextWord = (tokens: Token[], j: number): string | undefined =>
  j < tokens.length && !isClauseBreak(tokens[j]) ? tokens[j].text : undefined;
const inSet = (w: string | undefined, set: WordSet | undefined): boolean =>
  w !== undefined && set !== undefined && matchWord(w, set) !== null;

function placeConditionFails(lex: Lexicon, p: PlaceEntry, tokens: Token[], from: number, to: number): boolean {
  const c = lex.conditions.get(p);
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
function demonymMentions(lex: Lexicon, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const clitic = matchWord(tokens[i].text, MILITARY);
    if (clitic === null) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (isClauseBreak(tokens[k]) || inSet(tokens[k].text, PREPOSITIONS)) break;
      const d = lex.demonyms.find((x) => matchWord(tokens[k].text, x.set, false) !== null);
      if (d) {
        out.push({ kind: "actor", id: d.id, from: i, to: k + 1, clitic, via: "demonym" });
        break;
      }
    }
  }
  return out;
}

/** The entries whose first word this token may be (with or without its clitics). */
function entriesAt(lex: Lexicon, token: string): Entry[] {
  const out = new Set<Entry>(lex.prefixed);
  for (const r of readings(token)) for (const e of lex.byFirst.get(r.stem) ?? []) out.add(e);
  return [...out];
}

export function findMentions(tokens: Token[], lex: Lexicon): { mentions: Mention[]; ignored: IgnoredMention[] } {
  const candidates: (Mention & { place?: PlaceEntry })[] = [];
  const ignored: IgnoredMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const e of entriesAt(lex, tokens[i].text)) {
      const h = longestAt(tokens, i, [e.pattern]);
      if (!h) continue;
      if (e.blockedNext && inSet(nextWord(tokens, h.to), e.blockedNext)) continue;
      if (e.place && placeConditionFails(lex, e.place, tokens, h.from, h.to)) {
        if (e.place.ignoreReason) ignored.push({ id: e.id, from: h.from, to: h.to, reason: e.place.ignoreReason });
        continue;
      }
      candidates.push({ kind: e.kind, id: e.id, from: h.from, to: h.to, clitic: h.clitic, via: "name", place: e.place });
    }
  }
  // A nationality adjective only names an actor when no name does ("قوات وزارة الداخلية السورية").
  candidates.push(
    ...demonymMentions(lex, tokens).filter((d) => !candidates.some((c) => c.kind === "actor" && c.from < d.to && d.from < c.to)),
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
