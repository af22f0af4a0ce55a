// Runs the workbench's analysis, as it runs on import and on claim creation, over the evaluation
// set: suggestions per article; attribution and features per gold claim; link detection over all
// gold claims of all stories at once, as on a desk that follows them all.
import { suggestClaims, type ClaimSuggestion } from "@/lib/claims/suggest";
import { claimFeatures } from "@/lib/links/claim-features";
import { detectAll } from "@/lib/links/detect";
import type { ClaimFeatures, LinkProposal } from "@/lib/links/types";
import { shippedKnowledge } from "@/lib/knowledge/shipped";
import type { SourceKind } from "@/lib/sources/kinds";
import type { Reliability } from "@/lib/sources/grading";
import { REGISTRY_SEED } from "@/lib/sources/registry-seed";
import type { AttributionSource } from "@/lib/sources/speakers";
import { suggestAttribution, type AttributionSuggestion } from "@/lib/sources/suggest-attribution";
import { detectLayout } from "@/lib/text/furniture";
import { sentencesAround } from "@/lib/text/segment";
import type { EvalArticle, EvalClaim, EvalStory } from "./types";

export type ClaimRun = { claim: EvalClaim; attributions: AttributionSuggestion[]; features: ClaimFeatures };
export type ArticleRun = { article: EvalArticle; suggestions: ClaimSuggestion[]; claims: ClaimRun[] };
export type PipelineRun = {
  articles: ArticleRun[];
  proposals: LinkProposal[];
  /** Every registry entry's names (its name and aliases), to tell which one a suggestion resolved to. */
  registryNames: Map<string, string[]>;
};

/**
 * The registry a desk starts with, as the database holds it after first start: the seed sources, then
 * every entity of the shipped knowledge packs (sources and actors; a bare word is not an alias).
 */
function shippedRegistry(): AttributionSource[] {
  const k = shippedKnowledge();
  const known = new Set(REGISTRY_SEED.map((s) => s.id));
  const bare = new Set(k.bareTerms.map((b) => b.term));
  const out: AttributionSource[] = [...REGISTRY_SEED];
  for (const s of k.sources)
    if (!known.has(s.id)) {
      known.add(s.id);
      out.push({
        id: s.id,
        name: s.name,
        kind: (s.kind ?? "organization") as SourceKind,
        reliability: (s.reliability ?? "F") as Reliability,
        aliases: [s.name, ...s.aliases],
        quotedAliases: s.quotedAliases,
        memberOf: s.memberOf,
      });
    }
  for (const a of k.actors)
    if (!known.has(a.id)) {
      known.add(a.id);
      out.push({ id: a.id, name: a.nameAr, kind: "organization", aliases: [a.nameAr, ...a.terms.filter((t) => !bare.has(t))] });
    }
  return out;
}
const REGISTRY = shippedRegistry();

/** The sentences a span touches: the context a claim's features may borrow from (as on claim creation). */
function sentenceAround(text: string, c: EvalClaim): string {
  return sentencesAround(text, c.start, c.end)
    .filter((s) => s.start < c.end && c.start < s.end)
    .map((s) => s.text)
    .join(" ");
}

function runArticle(article: EvalArticle): ArticleRun {
  const { text } = article;
  const layout = detectLayout(text, { title: article.title });
  const ctx = { articleDate: article.articleDate, articlePrecision: article.precision };
  return {
    article,
    suggestions: suggestClaims(text, layout),
    claims: article.claims.map((claim) => ({
      claim,
      attributions: suggestAttribution(text, claim, REGISTRY),
      features: claimFeatures(claim.quote, [sentenceAround(text, claim)], ctx),
    })),
  };
}

export function runPipeline(stories: EvalStory[]): PipelineRun {
  const articles = stories.flatMap((s) => s.articles.map(runArticle));
  const records = articles.flatMap((a) =>
    a.claims.map((c) => ({ id: c.claim.id, articleId: a.article.id, features: c.features })),
  );
  const registryNames = new Map(REGISTRY.map((r) => [r.id, [r.name ?? "", ...r.aliases].filter(Boolean)]));
  return { articles, proposals: detectAll(records), registryNames };
}
