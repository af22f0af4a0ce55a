import { z } from "zod";
import { claimStatusSchema, verdictSchema } from "@/lib/claims/schema";

export const evidenceKinds = ["document", "link", "contact", "observation"] as const;
export const evidenceKindSchema = z.enum(evidenceKinds, { error: `Kind must be one of: ${evidenceKinds.join(", ")}` });
export const sessionStatuses = ["open", "signed_off"] as const;
/** The fields of a claim an editor can restore from its history. */
export const restorableFields = ["statement", "verdict", "status"] as const;

/** Attachments: at most 10 MB, never empty. */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

const id = (label: string) => z.string({ error: `${label} is missing` }).min(1, { error: `${label} is missing` });
const version = z.coerce.number({ error: "version must be a number" }).int().min(1, { error: "version starts at 1" });
const note = z
  .string()
  .trim()
  .max(4000, { error: "The note is too long (at most 4,000 characters)" })
  .optional()
  .transform((v) => (v ? v : undefined));

export const createSessionSchema = z.object({
  title: z.string().trim().min(1, { error: "Give the session a title" }).max(200, { error: "The title is too long" }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "The date must look like 2025-11-30" }),
  participantIds: z.array(id("participant")).max(100).default([]),
});
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const addItemsSchema = z.object({
  sessionId: id("sessionId"),
  claimIds: z.array(id("claimId")).min(1, { error: "Pick at least one claim" }).max(500),
});

export const moveItemSchema = z.object({
  sessionId: id("sessionId"),
  claimId: id("claimId"),
  direction: z.enum(["up", "down"]),
});

export const decisionSchema = z.object({
  claimId: id("claimId"),
  verdict: verdictSchema,
  note,
  version,
});
export const sessionDecisionSchema = decisionSchema.extend({ sessionId: id("sessionId") });
export type DecisionInput = Omit<z.infer<typeof decisionSchema>, "note"> & { note?: string; sessionId?: string };

export const patchClaimSchema = z
  .object({
    statement: z
      .string()
      .trim()
      .max(2000, { error: "The statement is too long (at most 2,000 characters)" })
      .nullable()
      .optional(),
    verdict: verdictSchema.optional(),
    status: claimStatusSchema.optional(),
    note,
    version,
  })
  .strict();
export type PatchClaimInput = Omit<z.infer<typeof patchClaimSchema>, "note"> & { note?: string };
export const patchClaimActionSchema = patchClaimSchema.extend({ claimId: id("claimId") });

export const evidenceSchema = z.object({
  claimId: id("claimId"),
  kind: evidenceKindSchema,
  text: z.string().trim().min(1, { error: "Describe the evidence" }).max(10_000, { error: "The text is too long" }),
  sessionId: z.string().optional(),
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const sessionRefSchema = z.object({ sessionId: id("sessionId") });
export const signOffSchema = z.object({ sessionId: id("sessionId"), version });

export const restoreSchema = z.object({
  claimId: id("claimId"),
  seq: z.coerce.number().int().min(1),
  field: z.enum(restorableFields),
  version,
});
export type RestoreInput = z.infer<typeof restoreSchema>;

export type ReviewRefusal =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "STALE"
  | "ARCHIVED"
  | "SIGNED_OFF"
  | "NOT_IN_SESSION"
  | "NEEDS_SUPPORT"
  | "NOT_SIGNED_OFF"
  | "INVALID"
  | "EMPTY_FILE"
  | "TOO_LARGE";
