// A row of the claims table as the JSON API answers it (GET /api/claims).
import { z } from "zod";

const span = z.object({ start: z.number().int(), end: z.number().int() });

export const claimRowSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    statement: z.string().nullable(),
    verdict: z.string(),
    status: z.string(),
    version: z.number().int(),
    sourcingStrength: z.number(),
    anchorState: z.string(),
    attributions: z.array(
      z.object({
        kind: z.string(),
        reliability: z.string(),
        credibility: z.number().int(),
        source: z.object({ id: z.string(), name: z.string() }).nullable(),
      }),
    ),
    openConflicts: z.number().int(),
    session: z.object({ id: z.string(), title: z.string() }).nullable(),
    article: z.object({
      id: z.string(),
      title: z.string(),
      language: z.string(),
      publishedAt: z.string().nullable(),
      datePrecision: z.string(),
    }),
    outlet: z.object({ id: z.string(), name: z.string() }).nullable(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.string().nullable(),
    highlights: z.array(span).describe("where the search matched"),
  })
  .meta({ id: "ClaimRow" });
