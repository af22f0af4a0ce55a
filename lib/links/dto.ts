import { z } from "zod";
import { linkStatuses, linkTypes, type LinkStatus, type LinkTypeName } from "./schema";

export const linkClaimRefSchema = z.object({ id: z.string(), articleId: z.string(), quote: z.string() });
export type LinkClaimRef = z.infer<typeof linkClaimRefSchema>;

const linkFields = {
  id: z.string(),
  type: z.enum(linkTypes),
  status: z.enum(linkStatuses),
  score: z.number().nullable(),
  reasons: z.array(z.string()),
  proposedBy: z.enum(["system", "editor"]),
  proposedById: z.string().nullable(),
  confirmedById: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** A link as creating or changing it answers (the OpenAPI document's Link). */
export const linkSchema = z.object({ ...linkFields, a: linkClaimRefSchema, b: linkClaimRefSchema }).meta({ id: "Link" });
export type LinkDto = z.infer<typeof linkSchema>;

/** A claim as the board and the timeline show it. */
export const claimCardSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    quote: z.string(),
    language: z.string(),
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    datePrecision: z.string(),
    sourcingStrength: z.number(),
    attributionKinds: z.array(z.string()),
    archived: z.boolean(),
    agent: z.string().nullable(),
    places: z.array(z.string()),
    timeLabel: z.string(),
    time: z.object({ from: z.string(), to: z.string() }).nullable(),
    stances: z.array(z.object({ question: z.string(), value: z.string(), negated: z.boolean().optional() })),
  })
  .meta({ id: "ClaimCard" });

/** A link with both claims as cards: what listing and reading links answer. */
export const linkViewSchema = z.object({ ...linkFields, a: claimCardSchema, b: claimCardSchema }).meta({ id: "LinkView" });

type LinkRow = {
  id: string;
  type: string;
  status: string;
  score: number | null;
  reasons: unknown;
  proposedBy: string;
  proposedById: string | null;
  confirmedById: string | null;
  resolutionNote: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  a: LinkClaimRef;
  b: LinkClaimRef;
};

export const claimRefSelect = { id: true, articleId: true, quote: true } as const;

export function toLinkDto(l: LinkRow): LinkDto {
  return {
    id: l.id,
    type: l.type as LinkTypeName,
    status: l.status as LinkStatus,
    score: l.score,
    reasons: Array.isArray(l.reasons) ? (l.reasons as string[]) : [],
    proposedBy: l.proposedBy === "system" ? "system" : "editor",
    proposedById: l.proposedById,
    confirmedById: l.confirmedById,
    resolutionNote: l.resolutionNote,
    a: { id: l.a.id, articleId: l.a.articleId, quote: l.a.quote },
    b: { id: l.b.id, articleId: l.b.articleId, quote: l.b.quote },
    version: l.version,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

/** "idA:idB:type" with the ids in order, the key detection uses for pairs. */
export function pairKey(x: string, y: string, type: string): string {
  return x < y ? `${x}:${y}:${type}` : `${y}:${x}:${type}`;
}
