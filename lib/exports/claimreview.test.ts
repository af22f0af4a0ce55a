import { describe, expect, it } from "vitest";
import terms from "./schema-org-terms.json";
import { claimReviews, toClaimReview, VERDICT_RATINGS } from "./claimreview";
import { sampleClaims } from "./testdata/sample-claims";
import { verdicts } from "@/lib/claims/schema";

type Node = Record<string, unknown>;
const types = terms.types as Record<string, string[]>;
const google = terms.google as Record<string, { required?: string[] }>;
const options = { deskName: "Claimdesk", publicBaseUrl: "https://factcheck.example.org/" };

/** Every key of every typed node must be a schema.org property of its type; Google's required fields present. */
function checkNode(node: Node, path = "$"): string[] {
  const problems: string[] = [];
  const type = node["@type"];
  if (typeof type !== "string" || !types[type]) return [`${path}: unknown @type ${String(type)}`];
  for (const [key, value] of Object.entries(node)) {
    if (key === "@type" || (key === "@context" && path === "$")) continue;
    if (!types[type].includes(key)) problems.push(`${path}.${key} is not a ${type} property`);
    if (value && typeof value === "object" && !Array.isArray(value)) problems.push(...checkNode(value as Node, `${path}.${key}`));
  }
  for (const key of google[type]?.required ?? []) if (!(key in node)) problems.push(`${path} (${type}) lacks ${key}`);
  return problems;
}

describe("ClaimReview JSON-LD", () => {
  const claims = sampleClaims();
  const reviews = claimReviews(claims, options);

  it("covers decided claims only", () => {
    expect(reviews.map((r) => (r.url as string).split("/").pop())).toEqual(["c1", "c2"]);
  });

  it("uses only schema.org terms and has every field Google requires", () => {
    for (const r of reviews) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(checkNode(r)).toEqual([]);
      const rating = r.reviewRating as Node;
      for (const key of ["ratingValue", "bestRating", "worstRating", "alternateName"]) expect(rating).toHaveProperty(key);
      for (const key of ["itemReviewed", "author", "datePublished", "url", "inLanguage", "claimReviewed"])
        expect(r).toHaveProperty(key);
    }
  });

  it("fails on a misspelt key", () => {
    const bad = { ...reviews[0], claimReveiwed: "x" };
    expect(checkNode(bad)).toContain("$.claimReveiwed is not a ClaimReview property");
    const badRating = { ...reviews[0], reviewRating: { ...(reviews[0].reviewRating as Node), ratingvalue: 1 } };
    expect(checkNode(badRating)).toContain("$.reviewRating.ratingvalue is not a Rating property");
    const { claimReviewed: _dropped, ...missing } = reviews[0];
    expect(checkNode(missing)).toContain("$ (ClaimReview) lacks claimReviewed");
  });

  it("reviews the statement (else the quote), attributes the claim, and links to the public review", () => {
    const [first, second] = reviews;
    expect(first.url).toBe("https://factcheck.example.org/claims/c1");
    const item = first.itemReviewed as Node;
    expect(item.author).toEqual({ "@type": "Organization", name: "المدن" });
    expect((item.appearance as Node).url).toBe("https://www.almodon.com/arabworld/2025/1/1/coalition");
    expect((second.itemReviewed as Node).author).toEqual({ "@type": "Organization", name: "التحالف الدولي" });
    expect(first.inLanguage).toBe("ar");
    expect((first.reviewRating as Node).alternateName).toBe("زائف");
    const noStatement = toClaimReview({ ...claims[0], statement: null }, options);
    expect(noStatement.claimReviewed).toBe(claims[0].quote);
    expect(JSON.stringify(noStatement.claimReviewed)).not.toMatch(/false|زائف/);
  });

  it("rates every verdict on the documented scale", () => {
    for (const v of verdicts) expect(VERDICT_RATINGS[v]).toBeGreaterThanOrEqual(1);
    expect(VERDICT_RATINGS.false).toBe(1);
    expect(VERDICT_RATINGS.corroborated).toBe(5);
  });
});
