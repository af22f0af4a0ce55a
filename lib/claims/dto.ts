import { z } from "zod";

/** A claim as the JSON API answers it (the OpenAPI document's Claim). */
export const claimSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    statement: z.string().nullable(),
    verdict: z.string(),
    status: z.string(),
    anchorState: z.string(),
    sourcingStrength: z.number(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.string().nullable().describe("the id of the user who changed the claim last"),
  })
  .meta({ id: "Claim" });
export type ClaimDto = z.infer<typeof claimSchema>;

/** POST /api/suggestions/{id}/reject. */
export const rejectedSuggestionSchema = z
  .object({ id: z.string(), state: z.literal("rejected") })
  .meta({ id: "RejectedSuggestion" });

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
