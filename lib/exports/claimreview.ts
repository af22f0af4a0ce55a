// schema.org ClaimReview JSON-LD for each decided claim (Google's fact-check markup).
// The verdict → rating table is documented in docs/claimreview.md; keep both in step.
import { isDecided, type ExportClaim } from "./dto";
import { verdictLabel } from "./labels";

export const RATING_SCALE = { best: 5, worst: 1 } as const;

/** 1 = false … 5 = corroborated; 3 = no determination either way (the alternateName says which). */
export const VERDICT_RATINGS: Record<string, number> = {
  false: 1,
  misleading: 2,
  contested: 3,
  unverifiable: 3,
  unverified: 3,
  corroborated: 5,
};

export type ClaimReviewOptions = { deskName: string; publicBaseUrl: string };

type Node = Record<string, unknown>;

const personKinds = new Set(["person"]);

function sourceNode(source: { name: string; kind: string }): Node {
  return { "@type": personKinds.has(source.kind) ? "Person" : "Organization", name: source.name };
}

/** Who made the claim: the first attributed source, else the outlet that published it. */
function claimAuthor(c: ExportClaim): Node | undefined {
  const attributed = c.attributions.find((a) => a.source)?.source;
  if (attributed) return sourceNode(attributed);
  if (c.article.outlet) return { "@type": "Organization", name: c.article.outlet.name };
  return undefined;
}

function appearance(c: ExportClaim): Node | undefined {
  if (!c.article.url) return undefined;
  const node: Node = { "@type": "CreativeWork", url: c.article.url, headline: c.article.title };
  if (c.article.publishedAt) node.datePublished = c.article.publishedAt;
  if (c.article.outlet) node.publisher = { "@type": "Organization", name: c.article.outlet.name };
  return node;
}

/** The review's date: the latest decision, else the claim's last change. */
function reviewDate(c: ExportClaim): string {
  const latest = c.decisions
    .map((d) => d.createdAt)
    .sort()
    .at(-1);
  return (latest ?? c.updatedAt).slice(0, 10);
}

export function claimReviewUrl(publicBaseUrl: string, claimId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}/claims/${encodeURIComponent(claimId)}`;
}

export function toClaimReview(c: ExportClaim, options: ClaimReviewOptions): Node {
  const language = c.article.language === "ar" ? "ar" : "en";
  const claim: Node = { "@type": "Claim" };
  const author = claimAuthor(c);
  if (author) claim.author = author;
  if (c.article.publishedAt) claim.datePublished = c.article.publishedAt;
  const seen = appearance(c);
  if (seen) {
    claim.appearance = seen;
    claim.firstAppearance = seen;
  }
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimReviewUrl(options.publicBaseUrl, c.id),
    claimReviewed: (c.statement ?? "").trim() || c.quote,
    itemReviewed: claim,
    author: { "@type": "Organization", name: options.deskName, url: options.publicBaseUrl },
    datePublished: reviewDate(c),
    inLanguage: language,
    reviewRating: {
      "@type": "Rating",
      ratingValue: VERDICT_RATINGS[c.verdict] ?? 3,
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: verdictLabel(c.verdict, language),
    },
  };
}

/** The decided claims of a batch as ClaimReview nodes (the others are skipped). */
export function claimReviews(claims: ExportClaim[], options: ClaimReviewOptions): Node[] {
  return claims.filter(isDecided).map((c) => toClaimReview(c, options));
}
