export type ClaimDto = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  statement: string | null;
  verdict: string;
  status: string;
  anchorState: string;
  sourcingStrength: number;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
};

type ClaimFields = Omit<ClaimDto, "updatedAt" | "updatedBy"> & { updatedAt: Date; updatedById: string | null };

/** Picks the DTO's fields from a stored claim (extra columns such as features stay out of the API). */
export function toClaimDto(c: ClaimFields): ClaimDto {
  return {
    id: c.id,
    articleId: c.articleId,
    start: c.start,
    end: c.end,
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    statement: c.statement,
    verdict: c.verdict,
    status: c.status,
    anchorState: c.anchorState,
    sourcingStrength: c.sourcingStrength,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    updatedBy: c.updatedById,
  };
}
