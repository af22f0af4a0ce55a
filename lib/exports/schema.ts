// What an export asks for (format + scope) and the shape of a Claimdesk export JSON document.
import { z } from "zod";
import { claimsQuerySchema, type ClaimsQuery } from "@/lib/claims/query";

export const exportFormats = ["csv", "json", "claimreview", "html", "pdf"] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportFormatSchema = z.enum(exportFormats, { error: `format must be one of: ${exportFormats.join(", ")}` });

export const EXPORT_FORMAT = "claimdesk-export";
export const EXPORT_VERSION = 1;

export type ExportScope =
  | { kind: "all" }
  | { kind: "session"; sessionId: string }
  | { kind: "article"; articleId: string }
  | { kind: "query"; query: ClaimsQuery; text: string };

const id = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is empty` })
    .max(64, { error: `${label} is too long` });

/** `?format=&session=|article=|query=` (query: the claims table's query string, paging ignored). */
export const exportQuerySchema = z
  .object({
    format: exportFormatSchema,
    session: id("session").optional().describe("a review session id"),
    article: id("article").optional().describe("an article id"),
    query: z
      .string()
      .max(4000, { error: "query is too long" })
      .optional()
      .describe("the GET /api/claims query string (paging ignored)"),
  })
  .strict();

export const exportRequestSchema = exportQuerySchema.refine(
  (r) => [r.session, r.article, r.query].filter((v) => v !== undefined).length <= 1,
  {
    error: "Give at most one scope: session, article or query",
    path: ["scope"],
  },
);

export type ExportRequest = { format: ExportFormat; scope: ExportScope };

type Parsed = { ok: true; request: ExportRequest } | { ok: false; error: z.ZodError };

/** Parses an export request; the claims query string is checked with the claims table's own schema. */
export function parseExportRequest(raw: Record<string, unknown>): Parsed {
  const parsed = exportRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error };
  const { format, session, article, query } = parsed.data;
  if (session) return { ok: true, request: { format, scope: { kind: "session", sessionId: session } } };
  if (article) return { ok: true, request: { format, scope: { kind: "article", articleId: article } } };
  if (query !== undefined) {
    const scope = parseQueryScope(query);
    if (!scope.ok) return scope;
    return { ok: true, request: { format, scope: scope.scope } };
  }
  return { ok: true, request: { format, scope: { kind: "all" } } };
}

const pagingKeys = new Set(["page", "pageSize", "sort", "order"]);

export function parseQueryScope(text: string): { ok: true; scope: ExportScope } | { ok: false; error: z.ZodError } {
  const params = new URLSearchParams(text.replace(/^\?/, ""));
  const raw = Object.fromEntries([...params.entries()].filter(([k, v]) => !pagingKeys.has(k) && v !== ""));
  const query = claimsQuerySchema.safeParse(raw);
  if (!query.success) {
    const issues = query.error.issues.map((i) => ({ ...i, path: ["query", ...i.path] }));
    return { ok: false, error: new z.ZodError(issues) };
  }
  const kept = new URLSearchParams(Object.entries(raw) as Array<[string, string]>).toString();
  if (!kept) return { ok: true, scope: { kind: "all" } };
  return { ok: true, scope: { kind: "query", query: query.data, text: kept } };
}

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

const extensions: Record<ExportFormat, string> = {
  csv: "csv",
  json: "json",
  claimreview: "jsonld",
  html: "html",
  pdf: "pdf",
};

/** `claimdesk-article-<id>-2025-11-30.csv` and the like (ASCII only, safe in a header). */
export function exportFileName(request: ExportRequest, at: Date): string {
  const s = request.scope;
  const what =
    s.kind === "session"
      ? `session-${s.sessionId}`
      : s.kind === "article"
        ? `article-${s.articleId}`
        : s.kind === "query"
          ? "claims-filtered"
          : "claims";
  const kind =
    request.format === "claimreview"
      ? "claimreview"
      : request.format === "html" || request.format === "pdf"
        ? "report"
        : "export";
  const safe = what.replace(/[^A-Za-z0-9_-]/g, "_");
  return `claimdesk-${kind}-${safe}-${at.toISOString().slice(0, 10)}.${extensions[request.format]}`;
}

// ── the export document (JSON), also what `npm run import` accepts ─────────────

const iso = z.string().min(1);
const json = z.unknown();

export const exportSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  reliability: z.string(),
  memberOfId: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
  aliases: z.array(z.object({ alias: z.string(), key: z.string() })),
});

export const exportRevisionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  text: z.string(),
  contentHash: z.string(),
  furniture: json,
  headings: json,
  encoding: z.string(),
  createdAt: iso,
});

export const exportArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleDerived: z.boolean(),
  outletId: z.string().nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  datePrecision: z.string(),
  language: z.string(),
  currentRevisionId: z.string().nullable(),
  republishedFromId: z.string().nullable(),
  republishedScore: z.number().nullable(),
  archivedAt: iso.nullable(),
  version: z.number().int(),
  createdById: z.string().nullable(),
  createdAt: iso,
  updatedAt: iso,
  revisions: z.array(exportRevisionSchema).min(1),
});

export const exportAttributionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.string(),
  channel: z.string().nullable(),
  sourceId: z.string().nullable(),
  affiliation: z.string().nullable(),
  viaId: z.string().nullable(),
  reliability: z.string(),
  credibility: z.number().int(),
  cue: z.string().nullable(),
  createdAt: iso,
});

export const exportEvidenceSchema = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  fileName: z.string().nullable(),
  fileType: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  fileSha256: z.string().nullable(),
  authorId: z.string(),
  createdAt: iso,
});

export const exportDecisionSchema = z.object({
  id: z.string(),
  sessionId: z.string().nullable(),
  verdict: z.string(),
  note: z.string().nullable(),
  deciderId: z.string(),
  createdAt: iso,
});

export const exportClaimSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  revisionId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  statement: z.string().nullable(),
  eventDate: z.string().nullable(),
  eventDatePrecision: z.string(),
  place: z.string().nullable(),
  verdict: z.string(),
  status: z.string(),
  anchorState: z.string(),
  features: json.nullable(),
  sourcingStrength: z.number().int(),
  archivedAt: iso.nullable(),
  version: z.number().int(),
  createdById: z.string().nullable(),
  updatedById: z.string().nullable(),
  createdAt: iso,
  updatedAt: iso,
  attributions: z.array(exportAttributionSchema),
  evidence: z.array(exportEvidenceSchema),
  decisions: z.array(exportDecisionSchema),
});

export const exportLinkSchema = z.object({
  id: z.string(),
  aId: z.string(),
  bId: z.string(),
  type: z.string(),
  status: z.string(),
  proposedBy: z.string(),
  proposedById: z.string().nullable(),
  score: z.number().nullable(),
  reasons: json,
  resolutionNote: z.string().nullable(),
  confirmedById: z.string().nullable(),
  version: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
});

export const exportSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  status: z.string(),
  signedOffAt: iso.nullable(),
  signedOffById: z.string().nullable(),
  signOffHeadSeq: z.number().int().nullable(),
  signOffHeadHash: z.string().nullable(),
  createdById: z.string(),
  version: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
  participants: z.array(z.object({ userId: z.string(), joinedAt: iso })),
  items: z.array(
    z.object({
      id: z.string(),
      claimId: z.string(),
      position: z.number().int(),
      verdict: z.string().nullable(),
      note: z.string().nullable(),
      skipped: z.boolean(),
      decidedById: z.string().nullable(),
      decidedAt: iso.nullable(),
    }),
  ),
});

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  desk: z.string(),
  scope: z.object({ kind: z.string(), id: z.string().optional(), query: z.string().optional() }),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  users: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
  sources: z.array(exportSourceSchema),
  articles: z.array(exportArticleSchema),
  claims: z.array(exportClaimSchema),
  links: z.array(exportLinkSchema),
  sessions: z.array(exportSessionSchema),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ExportSourceRecord = z.infer<typeof exportSourceSchema>;
export type ExportArticleRecord = z.infer<typeof exportArticleSchema>;
export type ExportClaimRecord = z.infer<typeof exportClaimSchema>;
export type ExportLinkRecord = z.infer<typeof exportLinkSchema>;
export type ExportSessionRecord = z.infer<typeof exportSessionSchema>;

/** Quick check on the first bytes of a file: is this a Claimdesk export (and not an article)? */
export function looksLikeExport(text: string): boolean {
  const head = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 400);
  return head.startsWith("{") && /"format"\s*:\s*"claimdesk-export"/.test(head);
}
