// The evaluation set's files (e2e/eval/catalog.json and answer-key.json) as zod schemas:
// the harness refuses a key that does not parse, with the path of the bad field.
import { z } from "zod";
import { ATTRIBUTION_KINDS, SOURCE_KINDS } from "@/lib/sources/kinds";
import { REGISTRY_SEED } from "@/lib/sources/registry-seed";

const registryIds = new Set(REGISTRY_SEED.map((s) => s.id));
const articleId = z.string().regex(/^[a-z-]+\/\d{2}$/, "article ids read story/nn");
const claimId = z.string().regex(/^[a-z-]+\/\d{2}#\d+$/, "claim ids read story/nn#k");
const text = z.string().trim().min(1);

export const SPLITS = ["tune", "heldout"] as const;
export type Split = (typeof SPLITS)[number] | "sample";

export const catalogSchema = z.strictObject({
  about: text,
  articles: z.array(
    z.strictObject({
      id: articleId,
      story: text,
      file: z.string().regex(/^articles\/[a-z-]+\/\d{2}-[a-z0-9-]+\.txt$/),
      title: text,
      outlet: text,
      outletEn: text,
      url: z.url(),
      publishedAt: z.iso.date(),
      language: z.enum(["ar", "en"]),
    }),
  ),
});

const sourceSchema = z.discriminatedUnion("registry", [
  z.strictObject({
    registry: z.literal("known"),
    id: z.string().refine((id) => registryIds.has(id), "not an id of the shipped registry"),
  }),
  z.strictObject({
    registry: z.literal("new"),
    name: text,
    kind: z.enum(SOURCE_KINDS),
    affiliation: text.optional(),
  }),
]);

export const goldClaimSchema = z.strictObject({
  id: claimId,
  quote: text,
  kind: z.enum(ATTRIBUTION_KINDS),
  source: sourceSchema.optional(),
  via: text.optional(),
  affiliation: text.optional(),
});

const pair = { a: claimId, b: claimId };
export const answerKeySchema = z.strictObject({
  about: text,
  stories: z.array(z.strictObject({ id: text, split: z.enum(SPLITS) })),
  articles: z.array(
    z.strictObject({
      article: articleId,
      claims: z.array(goldClaimSchema).min(1),
      notCheckWorthy: z.array(z.strictObject({ quote: text, why: text })),
    }),
  ),
  links: z.array(z.strictObject({ ...pair, type: z.enum(["contradicts", "corroborates", "same_event"]), why: text })),
  traps: z.array(z.strictObject({ ...pair, why: text })),
  matches: z.array(z.strictObject({ ...pair, relation: z.enum(["republished", "paraphrase", "translation"]) })),
});

export type Catalog = z.infer<typeof catalogSchema>;
export type AnswerKey = z.infer<typeof answerKeySchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldLink = AnswerKey["links"][number];
