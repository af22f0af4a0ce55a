// How alike two claims are, as a number the desk can take apart: cosine similarity of their term
// sets, each term weighted by its kind and by how rare it is in the desk's archive (inverse document
// frequency), so that "بارا" and "47" count for more than "قوات". Two claims in the same script are
// compared on words, concepts, figures, actors and places; across scripts (a translation) on all of
// these but the words, which cannot meet, and on the name skeletons, which stand in for them.
import { termKind, type Term, type TermKind } from "./terms";

const KIND_WEIGHT: Record<TermKind, number> = { word: 1, concept: 0.7, name: 1.2, figure: 1.6, actor: 1.2, place: 1.5 };

export type MatchCandidate = { id: string; terms: ReadonlySet<Term>; arabic: boolean };
export type SharedTerm = { term: Term; weight: number };
export type Match = { id: string; score: number; shared: SharedTerm[] };

export type Rarity = (term: Term) => number;

/** Inverse document frequency over a set of claims' terms; unseen terms count as seen once. */
export function rarityOver(termSets: Iterable<ReadonlySet<Term>>): Rarity {
  const df = new Map<Term, number>();
  let n = 0;
  for (const set of termSets) {
    n++;
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return (t) => Math.log(1 + n / (df.get(t) ?? 1));
}

const counts = (kind: TermKind, crossScript: boolean) => (crossScript ? kind !== "word" : kind !== "name");
// Every Arabic word has a skeleton but only capitalized English words do: skeletons add to a
// translation's score when they meet and never weigh against it when they do not.
const inNorm = (kind: TermKind, crossScript: boolean) => counts(kind, crossScript) && kind !== "name";

function norm(terms: ReadonlySet<Term>, crossScript: boolean, rarity: Rarity): number {
  let sum = 0;
  for (const t of terms) {
    const kind = termKind(t);
    if (inNorm(kind, crossScript)) sum += (KIND_WEIGHT[kind] * rarity(t)) ** 2;
  }
  return Math.sqrt(sum);
}

export function similarity(a: MatchCandidate, b: MatchCandidate, rarity: Rarity): Match {
  const crossScript = a.arabic !== b.arabic;
  const shared: SharedTerm[] = [];
  let dot = 0;
  for (const t of a.terms) {
    if (!b.terms.has(t)) continue;
    const kind = termKind(t);
    if (!counts(kind, crossScript)) continue;
    const weight = KIND_WEIGHT[kind] * rarity(t);
    dot += weight * weight;
    shared.push({ term: t, weight: Math.round(weight * 100) / 100 });
  }
  const denominator = norm(a.terms, crossScript, rarity) * norm(b.terms, crossScript, rarity);
  shared.sort((x, y) => y.weight - x.weight || x.term.localeCompare(y.term));
  return { id: b.id, score: denominator === 0 ? 0 : dot / denominator, shared };
}

/** Candidates ranked best first, those sharing nothing left out. */
export function rankMatches(target: MatchCandidate, candidates: readonly MatchCandidate[], rarity: Rarity): Match[] {
  return candidates
    .filter((c) => c.id !== target.id)
    .map((c) => similarity(target, c, rarity))
    .filter((m) => m.shared.length > 0)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
