import { z } from "zod";
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from "./grading";
import { ATTRIBUTION_KINDS, CHANNELS, SOURCE_KINDS } from "./kinds";

export const sourceKindSchema = z.enum(SOURCE_KINDS, { error: `Kind must be one of: ${SOURCE_KINDS.join(", ")}` });
export const attributionKindSchema = z.enum(ATTRIBUTION_KINDS, {
  error: `Attribution kind must be one of: ${ATTRIBUTION_KINDS.join(", ")}`,
});
export const channelSchema = z.enum(CHANNELS, { error: `Channel must be one of: ${CHANNELS.join(", ")}` });
export const reliabilitySchema = z.enum(RELIABILITY_GRADES, {
  error: "Reliability must be a grade from A (completely reliable) to F (cannot be judged)",
});
export const credibilitySchema = z.literal([...CREDIBILITY_GRADES], {
  error: "Credibility must be a grade from 1 (confirmed) to 6 (cannot be judged)",
});

const name = (label: string) =>
  z
    .string({ error: `${label} is missing` })
    .trim()
    .min(1, { error: `${label} is empty` })
    .max(200, { error: `${label} is too long (at most 200 characters)` });

export const sourceSearchSchema = z.object({ search: z.string().trim().max(200).optional() });

export const createSourceSchema = z.object({
  name: name("The name"),
  kind: sourceKindSchema,
  reliability: reliabilitySchema.optional(),
});
export type CreateSourceInput = z.infer<typeof createSourceSchema>;

export const addAliasSchema = z.object({ sourceId: z.string().min(1), alias: name("The alias") });
export type AddAliasInput = z.infer<typeof addAliasSchema>;

const version = (label: string) =>
  z
    .number({ error: `The version of ${label} is missing` })
    .int()
    .min(1, { error: `The version of ${label} is missing` });

export const mergeSourcesSchema = z.object({
  fromId: z.string().min(1, { error: "The source to merge is missing" }),
  intoId: z.string().min(1, { error: "The source to merge into is missing" }),
  /** The versions the editor saw: a source changed meanwhile is not merged (409 STALE). The
   * target's is checked when given (a source just picked from the registry has no older copy). */
  fromVersion: version("the source to merge"),
  intoVersion: version("the source to merge into").optional(),
});

export const splitSourceSchema = z.object({
  sourceId: z.string().min(1, { error: "The source to split off is missing" }),
  version: version("the merged source"),
});
export type SplitSourceInput = z.infer<typeof splitSourceSchema>;
export type MergeSourcesInput = z.infer<typeof mergeSourcesSchema>;

const ref = z
  .union([z.string().min(1), z.object({ id: z.string().min(1) }).transform((r) => r.id)])
  .nullable()
  .optional();
const optionalText = (label: string) =>
  z
    .string()
    .trim()
    .max(300, { error: `${label} is too long (at most 300 characters)` })
    .nullable()
    .optional()
    .transform((v) => v || null);

/** One attribution as sent by a client; `source`/`via` may be an id or `{ id }` (what the API returns). */
export const attributionInputSchema = z
  .object({
    kind: attributionKindSchema,
    channel: channelSchema.nullable().optional(),
    sourceId: ref,
    source: ref,
    affiliation: optionalText("The affiliation"),
    viaId: ref,
    via: ref,
    reliability: reliabilitySchema.optional(),
    credibility: credibilitySchema.optional(),
    cue: optionalText("The cue"),
  })
  .transform(({ source, sourceId, via, viaId, ...rest }) => ({
    ...rest,
    channel: rest.channel ?? null,
    sourceId: sourceId ?? source ?? null,
    viaId: viaId ?? via ?? null,
  }))
  .refine((a) => !(a.kind === "anonymous" && a.sourceId), {
    error: "An anonymous attribution has no named source: give its affiliation instead",
    path: ["sourceId"],
  })
  .refine((a) => !(a.kind === "unattributed" && a.sourceId), {
    error: "An unattributed claim (the outlet's own assertion) has no source",
    path: ["sourceId"],
  });
export type AttributionInput = z.infer<typeof attributionInputSchema>;

export const attributionsBodySchema = z.object({
  version: z.number({ error: "version is missing" }).int().min(1),
  attributions: z.array(attributionInputSchema).max(20, { error: "At most 20 attributions per claim" }),
});

export const setAttributionsSchema = attributionsBodySchema.extend({ claimId: z.string().min(1) });
export type SetAttributionsInput = z.infer<typeof setAttributionsSchema>;

export type SourceRefusal =
  "INVALID" | "NOT_FOUND" | "DUPLICATE" | "SELF_MERGE" | "ARCHIVED" | "STALE" | "UNKNOWN_SOURCE" | "MERGED" | "NOT_MERGED";
