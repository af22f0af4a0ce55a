// The terms a claim is matched on, each with its kind so that the desk can read why two claims
// match: word stems, news concepts shared across languages, name skeletons, figures, and the
// actors and places its features resolved from the desk's knowledge.
import type { ClaimFeatures } from "@/lib/links/types";
import { normalizeArabic } from "@/lib/text/normalize";
import { lightStem } from "@/lib/text/stem";
import { conceptsOfPhrases, conceptsOfStem } from "./bridge";
import { arabicSkeleton, englishSkeleton } from "./skeleton";

export type TermKind = "word" | "concept" | "name" | "figure" | "actor" | "place";
/** "kind:value", e.g. "word:تعزيز", "concept:withdraw", "name:brr", "figure:47", "place:bara". */
export type Term = string;

export type MatchInput = {
  text: string;
  /** Actor and place ids the claim's features resolved, when it has features. */
  actors?: readonly string[];
  places?: readonly string[];
};

const STOP = new Set(
  `في من الي علي عن ان او ثم قد لقد كان كانت يكون هذا هذه ذلك تلك التي الذي الذين مع بعد قبل عند حتي كما
  بين خلال منذ اي كل بعض غير اذا لم لن ما لا قال قالت وقال وقالت اضاف اضافت وذكر ذكرت افاد اكد اعلن اعلنت
  نحو حوالي اكثر اقل ايضا the a an of in on at to for from by with and or but that this these those is are
  was were be been has have had it its as into about over after before said says say told according also
  than more less some their there they he she his her who which what when while`.split(/\s+/),
);
const CLITIC = /^[وفبلك]/u;
const ARABIC = /^[\u0621-\u064A]+$/u;

export const termKind = (t: Term) => t.slice(0, t.indexOf(":")) as TermKind;
export const termValue = (t: Term) => t.slice(t.indexOf(":") + 1);

/** The distinct terms of one claim. */
export function matchTerms(input: MatchInput): Set<Term> {
  const out = new Set<Term>();
  const normalized = normalizeArabic(input.text);
  const originals = input.text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const capitalized = new Set(originals.filter((w) => /^[A-Z]/.test(w)).map((w) => w.toLowerCase()));
  for (const word of normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    if (/^\d/.test(word)) {
      if (!/^(19|20)\d\d$/.test(word)) out.add(`figure:${Number(word.replace(/[.,]/g, ""))}`);
      continue;
    }
    if (STOP.has(word) || word.length < 2) continue;
    const arabic = ARABIC.test(word);
    const forms = [word];
    // A lone و ب ل ف ك is not stripped by the stemmer (it begins too many nouns); both readings count.
    if (arabic && word.length >= 5 && CLITIC.test(word)) forms.push(word.slice(1));
    for (const form of forms) {
      const stem = lightStem(form);
      if (STOP.has(stem)) continue;
      out.add(`word:${stem}`);
      for (const c of conceptsOfStem(stem)) out.add(`concept:${c}`);
      const skeleton = arabic ? arabicSkeleton(form) : capitalized.has(word) ? englishSkeleton(word) : null;
      if (skeleton) out.add(`name:${skeleton}`);
    }
  }
  for (const c of conceptsOfPhrases(normalized)) out.add(`concept:${c}`);
  for (const a of input.actors ?? []) out.add(`actor:${a}`);
  for (const p of input.places ?? []) out.add(`place:${p}`);
  return out;
}

/** A stored claim's terms: its quote and statement, and the actors and places of its features. */
export const claimMatchTerms = (c: { quote: string; statement: string | null; features: ClaimFeatures | null }) =>
  matchTerms({
    text: [c.quote, c.statement ?? ""].join(" "),
    actors: c.features?.actors,
    places: c.features?.places.map((p) => p.id),
  });

/** The shared terms a reader can read (words, figures, actors, places); concepts and name skeletons
 * are counted instead. */
export function readableTerms(
  shared: readonly { term: Term }[],
  /** Names knowledge keys ("place:bara" → "بارا"); without it they are left out, the words stay. */
  nameOf?: (kind: "place" | "actor", key: string) => string,
): { shown: string[]; concepts: number } {
  const shown = shared.flatMap((s) => {
    const kind = termKind(s.term);
    if (kind === "place" || kind === "actor") return nameOf ? [nameOf(kind, termValue(s.term))] : [];
    return kind === "concept" || kind === "name" ? [] : [termValue(s.term)];
  });
  return { shown: [...new Set(shown)], concepts: shared.filter((s) => termKind(s.term) === "concept").length };
}
