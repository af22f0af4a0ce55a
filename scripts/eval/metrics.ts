// Counts per story, summed into splits and the whole set; ratios are taken last, so a split's
// figure weighs every claim equally whatever its story.
import { normalizeArabic } from "@/lib/text/normalize";
import type { AttributionSuggestion } from "@/lib/sources/suggest-attribution";
import { recallAtK, type Matcher } from "./matching";
import type { PipelineRun } from "./pipeline";
import { spanMatcher } from "./spans";
import type { EvalClaim, EvalStory } from "./types";

export type Counts = {
  articles: number;
  claims: number;
  suggestions: number;
  suggestionsOnGold: number;
  suggestionsNotCheckWorthy: number;
  goldSuggested: number;
  kindTotal: number;
  kindRight: number;
  sourceTotal: number;
  sourceRight: number;
  links: number;
  linksFound: number;
  proposals: number;
  falseProposals: number;
  /** Proposals touching the sample, whose key lists only the links its tests assert: not scored. */
  unkeyedProposals: number;
  traps: number;
  trapsProposed: number;
  matchPairs: number;
  matchHits: number;
  matchTotal: number;
};

const ZERO: Counts = Object.fromEntries(
  [
    "articles",
    "claims",
    "suggestions",
    "suggestionsOnGold",
    "suggestionsNotCheckWorthy",
    "goldSuggested",
    "kindTotal",
    "kindRight",
    "sourceTotal",
    "sourceRight",
    "links",
    "linksFound",
    "proposals",
    "falseProposals",
    "unkeyedProposals",
    "traps",
    "trapsProposed",
    "matchPairs",
    "matchHits",
    "matchTotal",
  ].map((k) => [k, 0]),
) as Counts;

export function addCounts(rows: Counts[]): Counts {
  const out = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += r[k];
  return out;
}

const nameKey = (s: string) =>
  normalizeArabic(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A named source resolved to its registry id, or a new one proposed under its name (a title around it
 * is fine), or resolved to a registry entry (a shipped knowledge pack's) known by that name.
 */
export function sourceRight(
  claim: EvalClaim,
  suggestions: AttributionSuggestion[],
  registryNames: ReadonlyMap<string, string[]> = new Map(),
): boolean {
  const gold = claim.source;
  if (!gold) return true;
  if (gold.registry === "known") return suggestions.some((s) => s.sourceId === gold.id);
  const want = nameKey(gold.name);
  const knownAs = (id: string) => (registryNames.get(id) ?? []).some((n) => nameKey(n) === want);
  if (suggestions.some((s) => s.sourceId && knownAs(s.sourceId))) return true;
  return suggestions.some((s) => {
    if (s.sourceId || !s.sourceName) return false;
    const got = nameKey(s.sourceName);
    if (got === want || got.includes(want)) return true;
    // A part of the name is enough only when it is most of it: "شبكة" is not "شبكة أطباء السودان".
    const words = (x: string) => x.split(" ").length;
    return want.includes(got) && words(got) >= 2 && 2 * words(got) >= words(want);
  });
}

/** Groups claims that say the same thing (republished, paraphrased, translated). */
function clusters(pairs: { a: string; b: string }[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) parent.set(find(a), find(b));
  return find;
}

const SAMPLE = "sample";
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function storyCounts(stories: EvalStory[], run: PipelineRun, matcher: Matcher): Map<string, Counts> {
  const allMatches = stories.flatMap((s) => s.matches);
  const group = clusters(allMatches);
  const gold = new Map<string, Set<string>>();
  for (const l of stories.flatMap((s) => s.links)) {
    const k = pairKey(group(l.a), group(l.b));
    gold.set(k, (gold.get(k) ?? new Set()).add(l.type));
  }
  const proposed = new Map(run.proposals.map((p) => [pairKey(p.a, p.b), p.type]));
  const matchClaims = run.articles.flatMap((a) =>
    a.claims.map((c) => ({ id: c.claim.id, articleId: a.article.id, text: c.claim.quote, language: a.article.language })),
  );
  const storyOf = (id: string) => id.split("/")[0];
  const out = new Map<string, Counts>();
  for (const story of stories) {
    const c = { ...ZERO };
    const trapKeys = new Set(story.traps.map((t) => pairKey(t.a, t.b)));
    for (const a of run.articles.filter((x) => x.article.story === story.id)) {
      const same = spanMatcher(a.article.text);
      c.articles++;
      c.claims += a.claims.length;
      c.suggestions += a.suggestions.length;
      c.suggestionsOnGold += a.suggestions.filter((s) => a.claims.some((g) => same(s, g.claim))).length;
      c.suggestionsNotCheckWorthy += a.suggestions.filter(
        (s) => !a.claims.some((g) => same(s, g.claim)) && a.article.notCheckWorthy.some((n) => same(s, n)),
      ).length;
      c.goldSuggested += a.claims.filter((g) => a.suggestions.some((s) => same(s, g.claim))).length;
      for (const g of a.claims) {
        if (g.claim.kind) {
          c.kindTotal++;
          if (g.attributions[0]?.kind === g.claim.kind) c.kindRight++;
        }
        if (g.claim.source) {
          c.sourceTotal++;
          if (sourceRight(g.claim, g.attributions, run.registryNames)) c.sourceRight++;
        }
      }
    }
    c.links = story.links.length;
    c.linksFound = story.links.filter((l) => {
      const type = proposed.get(pairKey(l.a, l.b));
      return type !== undefined && (l.type === "same_event" || type === l.type);
    }).length;
    c.traps = story.traps.length;
    for (const p of run.proposals.filter((x) => storyOf(x.a) === story.id)) {
      c.proposals++;
      if (trapKeys.has(pairKey(p.a, p.b))) c.trapsProposed++;
      else if (storyOf(p.a) === SAMPLE || storyOf(p.b) === SAMPLE) {
        if (!gold.has(pairKey(group(p.a), group(p.b)))) c.unkeyedProposals++;
      } else {
        const types = gold.get(pairKey(group(p.a), group(p.b)));
        const supported = group(p.a) === group(p.b) || types?.has(p.type) || types?.has("same_event");
        if (!supported) c.falseProposals++;
      }
    }
    c.matchPairs = story.matches.length;
    const m = recallAtK(matcher, story.matches, matchClaims);
    c.matchHits = m.hits;
    c.matchTotal = m.total;
    out.set(story.id, c);
  }
  return out;
}

/** Gold attribution kind → the kind suggested first, counted over the claims that have a gold kind. */
export function kindConfusion(run: PipelineRun): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const g of run.articles.flatMap((a) => a.claims)) {
    if (!g.claim.kind) continue;
    const got = g.attributions[0]?.kind ?? "none";
    const row = (out[g.claim.kind] ??= {});
    row[got] = (row[got] ?? 0) + 1;
  }
  return out;
}
