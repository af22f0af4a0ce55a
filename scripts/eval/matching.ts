// Claim matching: for a claim, rank the claims of other articles that may assert the same thing.
// A Matcher is what the evaluation measures (recall@5 on the same-claim pairs of the key); the
// baseline here only counts shared words after Arabic normalization, so that any real matcher
// has a floor to beat.
import { normalizeArabic } from "@/lib/text/normalize";
import { rankMatches, rarityOver, type MatchCandidate } from "@/lib/matching/similarity";
import { matchTerms } from "@/lib/matching/terms";

export type MatchClaim = { id: string; articleId: string; text: string; language: "ar" | "en" };
/** Candidate ids, best first. */
export type Matcher = (target: MatchClaim, candidates: readonly MatchClaim[]) => string[];

const words = (s: string) =>
  new Set(
    normalizeArabic(s)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

export const sharedWordsMatcher: Matcher = (target, candidates) => {
  const own = words(target.text);
  return candidates
    .map((c) => ({ id: c.id, shared: [...words(c.text)].filter((w) => own.has(w)).length }))
    .filter((c) => c.shared > 0)
    .sort((x, y) => y.shared - x.shared || x.id.localeCompare(y.id))
    .map((c) => c.id);
};

/** Share of same-claim pairs, both ways, whose other side is among the top `k` candidates. */
export function recallAtK(
  matcher: Matcher,
  pairs: readonly { a: string; b: string }[],
  claims: readonly MatchClaim[],
  k = 5,
): { hits: number; total: number } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  let hits = 0;
  let total = 0;
  for (const p of pairs)
    for (const [from, to] of [
      [p.a, p.b],
      [p.b, p.a],
    ]) {
      const target = byId.get(from)!;
      const candidates = claims.filter((c) => c.articleId !== target.articleId);
      total++;
      if (matcher(target, candidates).slice(0, k).includes(to)) hits++;
    }
  return { hits, total };
}

/** The workbench's matcher (lib/matching): weighted terms, concepts, name skeletons, figures, entities. */
export function termsMatcher(featuresOf: (id: string) => { actors: string[]; places: { id: string }[] } | undefined): Matcher {
  const cache = new Map<string, MatchCandidate>();
  const candidate = (c: MatchClaim): MatchCandidate => {
    let found = cache.get(c.id);
    if (!found) {
      const f = featuresOf(c.id);
      found = {
        id: c.id,
        arabic: c.language === "ar",
        terms: matchTerms({ text: c.text, actors: f?.actors, places: f?.places.map((p) => p.id) }),
      };
      cache.set(c.id, found);
    }
    return found;
  };
  return (target, candidates) => {
    const pool = candidates.map(candidate);
    const rarity = rarityOver([candidate(target), ...pool].map((c) => c.terms));
    return rankMatches(candidate(target), pool, rarity).map((m) => m.id);
  };
}
