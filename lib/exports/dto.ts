// The claim as the readable writers (CSV, ClaimReview, report) see it: labels resolved, no Prisma rows.

export type ExportSourceRef = { id: string; name: string; kind: string };

export type ExportAttribution = {
  kind: string;
  channel: string | null;
  source: ExportSourceRef | null;
  affiliation: string | null;
  via: ExportSourceRef | null;
  reliability: string;
  credibility: number;
  cue: string | null;
};

export type ExportEvidence = {
  id: string;
  kind: string;
  text: string;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  fileSha256: string | null;
  author: string;
  createdAt: string;
};

export type ExportDecision = {
  id: string;
  verdict: string;
  note: string | null;
  decider: string;
  session: { id: string; title: string } | null;
  createdAt: string;
};

export type ExportLinkSide = { id: string; quote: string; statement: string | null; articleTitle: string; language: string };

export type ExportLink = {
  id: string;
  type: string;
  status: string;
  proposedBy: string;
  resolutionNote: string | null;
  /** The claim on the other side of the link. */
  other: ExportLinkSide;
};

export type ExportArticleRef = {
  id: string;
  title: string;
  url: string | null;
  outlet: ExportSourceRef | null;
  publishedAt: string | null;
  datePrecision: string;
  language: string;
};

export type ExportClaim = {
  id: string;
  start: number;
  end: number;
  quote: string;
  statement: string | null;
  verdict: string;
  status: string;
  anchorState: string;
  sourcingStrength: number;
  /** The note of the latest decision, if any. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  article: ExportArticleRef;
  attributions: ExportAttribution[];
  evidence: ExportEvidence[];
  decisions: ExportDecision[];
  links: ExportLink[];
};

/** Verdicts and statuses that count as decided for ClaimReview. */
export function isDecided(c: Pick<ExportClaim, "verdict" | "status">): boolean {
  return c.verdict !== "unverified" || c.status === "decided" || c.status === "published";
}

export const openLinkStatuses = ["proposed", "confirmed"];

export function openConflicts(c: Pick<ExportClaim, "links">): ExportLink[] {
  return c.links.filter((l) => l.type === "contradicts" && openLinkStatuses.includes(l.status));
}
