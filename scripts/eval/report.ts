// Rows of the evaluation (per story, per split, overall) and their markdown table.
import { addCounts, type Counts } from "./metrics";
import type { EvalStory } from "./types";

export type Figures = {
  suggestionPrecision: number | null;
  suggestionRecall: number | null;
  attributionKind: number | null;
  sourcesRight: number | null;
  linkRecall: number | null;
  falsePer10Claims: number | null;
  trapsProposed: number;
  matchRecallAt5: number | null;
};
export type Row = { name: string; split: string; counts: Counts; figures: Figures };

export const TARGETS = {
  suggestionPrecision: 0.85,
  suggestionRecall: 0.9,
  attributionKind: 0.85,
  linkRecall: 0.8,
  falsePer10Claims: 1,
  matchRecallAt5: 0.9,
};

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

function figures(c: Counts): Figures {
  return {
    suggestionPrecision: ratio(c.suggestionsOnGold, c.suggestions),
    suggestionRecall: ratio(c.goldSuggested, c.claims),
    attributionKind: ratio(c.kindRight, c.kindTotal),
    sourcesRight: ratio(c.sourceRight, c.sourceTotal),
    linkRecall: ratio(c.linksFound, c.links),
    falsePer10Claims: c.claims === 0 || c.unkeyedProposals > 0 ? null : (10 * c.falseProposals) / c.claims,
    trapsProposed: c.trapsProposed,
    matchRecallAt5: ratio(c.matchHits, c.matchTotal),
  };
}

export function rows(stories: EvalStory[], counts: Map<string, Counts>): Row[] {
  const row = (name: string, split: string, of: EvalStory[]) => {
    const c = addCounts(of.map((s) => counts.get(s.id)!));
    return { name, split, counts: c, figures: figures(c) };
  };
  const tune = stories.filter((s) => s.split === "tune");
  const heldout = stories.filter((s) => s.split === "heldout");
  return [
    ...stories.map((s) => row(s.id, s.split, [s])),
    row("tune stories", "tune", tune),
    row("held-out stories", "heldout", heldout),
    row("new stories", "tune + heldout", [...tune, ...heldout]),
    row("all", "all", stories),
  ];
}

const fmt = (v: number | null, n: number, d: number) => (v === null ? "n/a" : `${v.toFixed(2)} (${n}/${d})`);

export function markdownTable(all: Row[]): string {
  const head = [
    "story",
    "split",
    "articles",
    "claims",
    "suggestion P",
    "suggestion R",
    "attribution kind",
    "sources right",
    "link recall",
    "false links / 10 claims",
    "traps proposed",
    "matching R@5",
  ];
  const lines = all.map(({ name, split, counts: c, figures: f }) =>
    [
      name,
      split,
      String(c.articles),
      String(c.claims),
      fmt(f.suggestionPrecision, c.suggestionsOnGold, c.suggestions),
      fmt(f.suggestionRecall, c.goldSuggested, c.claims),
      fmt(f.attributionKind, c.kindRight, c.kindTotal),
      fmt(f.sourcesRight, c.sourceRight, c.sourceTotal),
      fmt(f.linkRecall, c.linksFound, c.links),
      f.falsePer10Claims !== null
        ? `${f.falsePer10Claims.toFixed(2)} (${c.falseProposals})`
        : c.unkeyedProposals > 0
          ? `n/a (${c.unkeyedProposals} unkeyed)`
          : "n/a",
      `${c.trapsProposed}/${c.traps}`,
      fmt(f.matchRecallAt5, c.matchHits, c.matchTotal),
    ].join(" | "),
  );
  return [head.join(" | "), head.map(() => "---").join(" | "), ...lines].map((l) => `| ${l} |`).join("\n");
}
