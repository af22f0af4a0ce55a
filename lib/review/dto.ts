// Review sessions, a claim's review and its evidence as the JSON API answers them: zod schemas (the
// OpenAPI document's components); the data functions' return types are checked against them where
// the operations are listed.
import { z } from "zod";
import { claimSchema } from "@/lib/claims/dto";
import { sourceRefSchema } from "@/lib/sources/dto";

const who = z.object({ id: z.string(), label: z.string() });
const articleRef = z.object({ id: z.string(), title: z.string(), language: z.string() });
const historyHead = z.object({ seq: z.number().int(), hash: z.string() }).meta({ id: "HistoryHead" });

export const sessionListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    status: z.string(),
    decided: z.number().int(),
    total: z.number().int(),
    participants: z.array(who),
  })
  .meta({ id: "SessionListItem" });

export const sessionSummarySchema = z
  .object({
    total: z.number().int(),
    decided: z.number().int(),
    perVerdict: z.record(z.string(), z.number().int()),
    conflictsResolved: z.number().int(),
    participants: z.array(z.string()),
    startedAt: z.string(),
    endedAt: z.string(),
    durationMinutes: z.number(),
  })
  .meta({ id: "SessionSummary" });

export const sessionDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    status: z.string(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    signedOffAt: z.iso.datetime().nullable(),
    signedOffBy: z.string().nullable(),
    signOffHead: historyHead.nullable(),
    summary: sessionSummarySchema.nullable(),
    participants: z.array(who),
    items: z.array(
      z.object({
        claimId: z.string(),
        position: z.number().int(),
        quote: z.string(),
        statement: z.string().nullable(),
        claimVerdict: z.string(),
        claimStatus: z.string(),
        article: articleRef,
        verdict: z.string().nullable(),
        note: z.string().nullable(),
        decidedBy: z.string().nullable(),
        decidedAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: "SessionDetail" });

export const evidenceSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    file: z
      .object({ name: z.string(), type: z.string().nullable(), size: z.number().int().nullable(), sha256: z.string().nullable() })
      .nullable(),
    author: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: "Evidence" });

/** GET /api/claims/{id}: the claim with its context, sourcing, links, evidence and decisions. */
export const claimReviewSchema = z
  .object({
    claim: claimSchema,
    updatedBy: z.string().nullable().describe("the e-mail of the user who changed the claim last"),
    article: articleRef,
    context: z.object({ before: z.string(), quote: z.string(), after: z.string() }).nullable(),
    attributions: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        channel: z.string().nullable(),
        source: sourceRefSchema.nullable(),
        affiliation: z.string().nullable(),
        via: sourceRefSchema.nullable(),
        reliability: z.string(),
        credibility: z.number().int(),
        cue: z.string().nullable(),
      }),
    ),
    links: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        status: z.string(),
        resolutionNote: z.string().nullable(),
        other: z.object({ id: z.string(), quote: z.string(), articleId: z.string() }),
        openConflict: z.boolean(),
      }),
    ),
    evidence: z.array(evidenceSchema),
    decisions: z.array(
      z.object({
        id: z.string(),
        verdict: z.string(),
        note: z.string().nullable(),
        decider: z.string(),
        at: z.iso.datetime(),
        session: z.object({ id: z.string(), title: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: "ClaimReview" });

export const addedEvidenceSchema = z
  .object({ id: z.string(), claimId: z.string(), fileSha256: z.string().nullable() })
  .meta({ id: "AddedEvidence" });

export const createdSessionSchema = z.object({ id: z.string() }).meta({ id: "CreatedSession" });

export const queuedSchema = z.object({ added: z.number().int(), alreadyQueued: z.number().int() }).meta({ id: "Queued" });

export const signedOffSchema = z.object({ head: historyHead, summary: sessionSummarySchema }).meta({ id: "SignedOff" });

export const reopenedSchema = z.object({ id: z.string(), status: z.literal("open") }).meta({ id: "Reopened" });
