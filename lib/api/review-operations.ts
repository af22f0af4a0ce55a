// The review routes of the JSON API (claims' verdicts and evidence, sessions), for the OpenAPI document.
import { z } from "zod";
import { createSessionSchema, decisionSchema, evidenceKindSchema, patchClaimSchema } from "@/lib/review/schema";
import { claimSchema, type ClaimDto } from "@/lib/claims/dto";
import type { EventDto } from "@/lib/history/schema";
import { eventItemSchema } from "@/lib/history/dto";
import type { ClaimReview, getSession, listEvidence, listSessions } from "@/lib/review/data";
import {
  addedEvidenceSchema,
  claimReviewSchema,
  createdSessionSchema,
  evidenceSchema,
  queuedSchema,
  reopenedSchema,
  sessionDetailSchema,
  sessionListItemSchema,
  signedOffSchema,
} from "@/lib/review/dto";
import type { addEvidence } from "@/lib/review/evidence-mutations";
import type { addToQueue, signOff } from "@/lib/review/session-mutations";
import { pageOf, pagingSchema } from "./paging";
import { answers, type ApiOperation, type Succeeded } from "./operation";

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const reviewOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/claims/{id}",
    summary: "A claim with its context, sourcing, links, evidence and decisions",
    permission: "read",
    response: answers<Omit<ClaimReview, "events">>()(claimReviewSchema),
  },
  {
    method: "patch",
    path: "/api/claims/{id}",
    summary: "Change statement, verdict and/or status (409 STALE with current and updatedBy)",
    permission: "write",
    body: patchClaimSchema,
    response: answers<ClaimDto>()(claimSchema),
    conflicts: true,
  },
  {
    method: "get",
    path: "/api/claims/{id}/history",
    summary: "The claim's events { seq, at, actor, session, action, changes }, newest first",
    permission: "read",
    query: pagingSchema.extend({ actor: z.string().optional(), action: z.string().optional() }),
    response: answers<Page<Omit<EventDto, "actorId">>>()(pageOf(eventItemSchema, "HistoryEventPage")),
  },
  {
    method: "get",
    path: "/api/claims/{id}/evidence",
    summary: "The claim's evidence log",
    permission: "read",
    response: answers<Page<NonNullable<Awaited<ReturnType<typeof listEvidence>>>[number]>>()(
      pageOf(evidenceSchema, "EvidencePage"),
    ),
  },
  {
    method: "post",
    path: "/api/claims/{id}/evidence",
    summary: "Add evidence (JSON, or multipart with an optional file of at most 10 MB)",
    permission: "write",
    body: z.object({ kind: evidenceKindSchema, text: z.string(), sessionId: z.string().optional(), file: z.string().optional() }),
    bodyType: "multipart/form-data",
    success: "201",
    response: answers<Succeeded<typeof addEvidence>["evidence"]>()(addedEvidenceSchema),
    conflicts: true,
  },
  {
    method: "get",
    path: "/api/evidence/{id}/file",
    summary: "An evidence attachment (download, in the type it was uploaded with)",
    permission: "read",
    response: { file: ["*/*"] },
  },
  {
    method: "get",
    path: "/api/sessions",
    summary: "List review sessions",
    permission: "read",
    query: pagingSchema,
    response: answers<Awaited<ReturnType<typeof listSessions>>>()(pageOf(sessionListItemSchema, "SessionListItemPage")),
  },
  {
    method: "post",
    path: "/api/sessions",
    summary: "Create a review session (optionally with its queue)",
    permission: "write",
    body: createSessionSchema.extend({ claimIds: z.array(z.string()).optional() }),
    success: "201",
    response: createdSessionSchema,
  },
  {
    method: "get",
    path: "/api/sessions/{id}",
    summary: "A session with its queue, participants and summary",
    permission: "read",
    response: answers<NonNullable<Awaited<ReturnType<typeof getSession>>>>()(sessionDetailSchema),
  },
  {
    method: "post",
    path: "/api/sessions/{id}/items",
    summary: "Append claims to the session's queue",
    permission: "write",
    body: z.object({ claimIds: z.array(z.string()) }),
    response: answers<Omit<Succeeded<typeof addToQueue>, "ok">>()(queuedSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/sessions/{id}/decisions",
    summary: "Decide a claim of the session (refused for claims not in it and for signed-off sessions)",
    permission: "write",
    body: decisionSchema,
    success: "201",
    response: answers<ClaimDto>()(claimSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/sessions/{id}/sign-off",
    summary: "Sign the session off: read-only, with its summary and the history head",
    permission: "write",
    body: z.object({ version: z.number().int() }),
    response: answers<Omit<Succeeded<typeof signOff>, "ok">>()(signedOffSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/sessions/{id}/reopen",
    summary: "Reopen a signed-off session (admins)",
    permission: "reopen_session",
    response: reopenedSchema,
    conflicts: true,
  },
];
