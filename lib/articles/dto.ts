// Articles as the JSON API answers them: zod schemas (the OpenAPI document's components); the data
// functions' return types are checked against them where the operations are listed.
import { z } from "zod";
import { attributionSchema, claimSourcingSchema, sourceRefSchema } from "@/lib/sources/dto";

const articleRefSchema = z.object({ id: z.string(), title: z.string() }).meta({ id: "ArticleRef" });

export const articleListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: sourceRefSchema.nullable(),
    publishedAt: z.string().nullable(),
    datePrecision: z.string(),
    file: z.string().nullable(),
    language: z.string(),
    claimCount: z.number().int(),
    pendingSuggestions: z.number().int(),
    republishedFrom: articleRefSchema.nullable(),
  })
  .meta({ id: "ArticleListItem" });

const span = { start: z.number().int(), end: z.number().int() };

export const articleDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleDerived: z.boolean(),
    outlet: sourceRefSchema.nullable(),
    publishedAt: z.string().nullable(),
    datePrecision: z.string(),
    language: z.string(),
    url: z.string().nullable(),
    file: z.string().nullable(),
    contentHash: z.string(),
    revision: z.number().int(),
    revisionCount: z.number().int(),
    version: z.number().int(),
    text: z.string(),
    furniture: z.array(z.object({ ...span, kind: z.string() })),
    headings: z.array(z.object(span)),
    republishedFrom: articleRefSchema.nullable(),
    republications: z.array(articleRefSchema),
    claims: z.array(
      z.object({
        id: z.string(),
        ...span,
        quote: z.string(),
        prefix: z.string(),
        suffix: z.string(),
        statement: z.string().nullable(),
        verdict: z.string(),
        status: z.string(),
        anchorState: z.string(),
        version: z.number().int(),
        ...claimSourcingSchema.shape,
      }),
    ),
    suggestions: z.array(
      z.object({
        id: z.string(),
        ...span,
        quote: z.string(),
        reasons: z.array(z.string()),
        state: z.enum(["pending", "accepted", "rejected"]),
        attributions: z.array(attributionSchema),
      }),
    ),
  })
  .meta({ id: "ArticleDetail" });

/** POST /api/articles: 201 for a new article or revision, 200 for a duplicate of a stored text. */
export const importedArticleSchema = z
  .object({ id: z.string(), status: z.enum(["created", "duplicate", "revision"]) })
  .meta({ id: "ImportedArticle" });

/** Passages an HTML page hid from its readers (hidden, aria-hidden, display:none), left out of the text. */
const hiddenLeftOut = z.number().int().positive().optional();
const fileOutcomeSchema = z.discriminatedUnion("status", [
  z.object({
    fileName: z.string(),
    status: z.literal("created"),
    id: z.string(),
    title: z.string(),
    republishedFrom: z.string().nullable(),
    hiddenLeftOut,
  }),
  z.object({ fileName: z.string(), status: z.literal("duplicate"), id: z.string(), title: z.string(), hiddenLeftOut }),
  z.object({
    fileName: z.string(),
    hiddenLeftOut,
    status: z.literal("revision"),
    id: z.string(),
    title: z.string(),
    reanchored: z.number().int(),
    orphaned: z.number().int(),
  }),
  z.object({ fileName: z.string(), status: z.literal("refused"), message: z.string() }),
]);

/** POST /api/import: one outcome per file, the counts, and what was wrong with the catalog. */
export const importBatchSchema = z
  .object({
    outcomes: z.array(fileOutcomeSchema),
    summary: z.object({
      imported: z.number().int(),
      duplicates: z.number().int(),
      revisions: z.number().int(),
      refused: z.number().int(),
    }),
    catalogProblems: z.array(z.string()),
  })
  .meta({ id: "ImportBatch" });
