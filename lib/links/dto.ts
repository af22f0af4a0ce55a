import type { LinkStatus, LinkTypeName } from "./schema";

export type LinkClaimRef = { id: string; articleId: string; quote: string };

export type LinkDto = {
  id: string;
  type: LinkTypeName;
  status: LinkStatus;
  score: number | null;
  reasons: string[];
  proposedBy: "system" | "editor";
  proposedById: string | null;
  confirmedById: string | null;
  resolutionNote: string | null;
  a: LinkClaimRef;
  b: LinkClaimRef;
  version: number;
  createdAt: string;
  updatedAt: string;
};

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
