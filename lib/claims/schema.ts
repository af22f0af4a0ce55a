import { z } from "zod";

export const verdicts = ["unverified", "corroborated", "contested", "false", "misleading", "unverifiable"] as const;
export const verdictSchema = z.enum(verdicts, { error: `Verdict must be one of: ${verdicts.join(", ")}` });
export const claimStatuses = ["new", "in_review", "decided", "published"] as const;
export const claimStatusSchema = z.enum(claimStatuses, { error: `Status must be one of: ${claimStatuses.join(", ")}` });

const offset = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` });

const statement = z
  .string()
  .trim()
  .max(2000, { error: "The statement is too long (at most 2,000 characters)" })
  .optional()
  .transform((v) => (v ? v : undefined));

export const createClaimSchema = z.union([
  z.object({
    articleId: z.string().min(1, { error: "articleId is missing" }),
    start: offset("start"),
    end: offset("end"),
    statement,
  }),
  z.object({ suggestionId: z.string().min(1, { error: "suggestionId is missing" }) }),
]);
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

export const spanInputSchema = z.object({
  articleId: z.string().min(1),
  start: offset("start"),
  end: offset("end"),
  statement,
});
export type SpanInput = z.input<typeof spanInputSchema>;

export const editClaimSchema = z.object({
  claimId: z.string().min(1),
  version: z.number().int().min(1),
  start: offset("start").optional(),
  end: offset("end").optional(),
  statement: z.string().trim().max(2000, { error: "The statement is too long (at most 2,000 characters)" }).nullable().optional(),
});
export type EditClaimInput = z.infer<typeof editClaimSchema>;

export const archiveClaimSchema = z.object({ claimId: z.string().min(1), version: z.number().int().min(1) });
export const suggestionIdSchema = z.object({ suggestionId: z.string().min(1) });

export type ClaimRefusal =
  | "NOT_FOUND"
  | "EMPTY"
  | "OUT_OF_RANGE"
  | "SPLITS_LETTER"
  | "WHITESPACE_ONLY"
  | "IN_FURNITURE"
  | "DUPLICATE"
  | "ALREADY_ACCEPTED"
  | "ALREADY_REJECTED"
  | "ARCHIVED"
  | "STALE";

export const bulkStatusSchema = z.object({
  items: z
    .array(z.object({ id: z.string().min(1), version: z.number().int().min(1) }))
    .min(1, { error: "Select at least one claim" })
    .max(500),
  status: claimStatusSchema,
});
