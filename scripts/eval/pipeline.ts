// Runs the workbench's analysis, as it runs on import and on claim creation, over the evaluation
// set: suggestions per article; attribution and features per gold claim; link detection over all
// gold claims of all stories at once, as on a desk that follows them all.
import { suggestClaims, type ClaimSuggestion } from "@/lib/claims/suggest";
import { claimFeatures } from "@/lib/links/claim-features";
import { detectAll } from "@/lib/links/detect";
import type { ClaimFeatures, LinkProposal } from "@/lib/links/types";
import { REGISTRY_SEED } from "@/lib/sources/registry-seed";
import { suggestAttribution, type AttributionSuggestion } from "@/lib/sources/suggest-attribution";
import { detectLayout } from "@/lib/text/furniture";
import { sentencesAround } from "@/lib/text/segment";
import type { EvalArticle, EvalClaim, EvalStory } from "./types";

export type ClaimRun = { claim: EvalClaim; attributions: AttributionSuggestion[]; features: ClaimFeatures };
export type ArticleRun = { article: EvalArticle; suggestions: ClaimSuggestion[]; claims: ClaimRun[] };
export type PipelineRun = { articles: ArticleRun[]; proposals: LinkProposal[] };

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
      attributions: suggestAttribution(text, claim, REGISTRY_SEED),
      features: claimFeatures(claim.quote, [sentenceAround(text, claim)], ctx),
    })),
  };
}

export function runPipeline(stories: EvalStory[]): PipelineRun {
  const articles = stories.flatMap((s) => s.articles.map(runArticle));
  const records = articles.flatMap((a) =>
    a.claims.map((c) => ({ id: c.claim.id, articleId: a.article.id, features: c.features })),
  );
  return { articles, proposals: detectAll(records) };
}
