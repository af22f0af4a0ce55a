// Plain shapes of sources and attributions as the UI and the JSON API see them: zod schemas (the
// OpenAPI document's components) with the TypeScript types inferred from them.
import { z } from "zod";
import { claimSchema } from "@/lib/claims/dto";
import { CREDIBILITY_GRADES, RELIABILITY_GRADES, type Credibility, type Reliability } from "./grading";
import { ATTRIBUTION_KINDS, CHANNELS, SOURCE_KINDS, type AttributionKind, type Channel } from "./kinds";

const reliabilitySchema = z.enum(RELIABILITY_GRADES);
const credibilitySchema = z.union(CREDIBILITY_GRADES.map((g) => z.literal(g)));

export const sourceRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "SourceRef" });
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const attributionSchema = z
  .object({
    kind: z.enum(ATTRIBUTION_KINDS),
    channel: z.enum(CHANNELS).nullable(),
    source: sourceRefSchema.nullable(),
    affiliation: z.string().nullable(),
    via: sourceRefSchema.nullable(),
    reliability: reliabilitySchema,
    credibility: credibilitySchema,
    cue: z.string().nullable(),
  })
  .meta({ id: "Attribution" });
export type AttributionDto = z.infer<typeof attributionSchema>;

/** Corroborating claims (confirmed or proposed `corroborates` links) and how many independent origins they trace to. */
export const corroborationSchema = z
  .object({ claims: z.number().int(), origins: z.number().int() })
  .meta({ id: "Corroboration" });
export type Corroboration = z.infer<typeof corroborationSchema>;

export const claimSourcingSchema = z.object({
  attributions: z.array(attributionSchema),
  attributionsConfirmed: z
    .boolean()
    .describe("false while the attributions are the system's suggestion and no editor has confirmed or changed them"),
  sourcingStrength: z.number(),
  corroboration: corroborationSchema,
});
export type ClaimSourcing = z.infer<typeof claimSourcingSchema>;

/** A claim with its sourcing: what creating a claim and replacing its attributions answer. */
export const sourcedClaimSchema = claimSchema.extend(claimSourcingSchema.shape).meta({ id: "SourcedClaim" });

export const NO_SOURCING: ClaimSourcing = {
  attributions: [],
  attributionsConfirmed: false,
  sourcingStrength: 0,
  corroboration: { claims: 0, origins: 0 },
};

export const sourceListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    reliability: reliabilitySchema,
    aliases: z.array(z.string()),
    matched: z.string().nullable().describe("the alias the search matched, when it is not the name"),
    memberOf: sourceRefSchema.nullable(),
    claimCount: z.number().int(),
  })
  .meta({ id: "SourceListItem" });
export type SourceListItem = z.infer<typeof sourceListItemSchema>;

/** GET /api/sources/{id}: a source with its aliases, members, merges and the claims it stands behind. */
export const sourceDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    reliability: reliabilitySchema,
    version: z.number().int(),
    aliases: z.array(z.string()),
    memberOf: sourceRefSchema.nullable(),
    members: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(SOURCE_KINDS) })),
    mergedInto: sourceRefSchema.nullable(),
    mergedFrom: z.array(sourceRefSchema),
    articleCount: z.number().int(),
    claims: z.array(
      z.object({
        id: z.string(),
        quote: z.string(),
        statement: z.string().nullable(),
        verdict: z.string(),
        sourcingStrength: z.number(),
        article: z.object({ id: z.string(), title: z.string(), language: z.string() }),
        role: z.enum(["source", "via"]),
        kind: z.enum(ATTRIBUTION_KINDS),
        reliability: reliabilitySchema,
        credibility: z.number().int(),
      }),
    ),
  })
  .meta({ id: "SourceDetail" });

export function toAttributionDto(a: {
  kind: string;
  channel: string | null;
  source: SourceRef | null;
  affiliation: string | null;
  via: SourceRef | null;
  reliability: string;
  credibility: number;
  cue: string | null;
}): AttributionDto {
  return {
    kind: a.kind as AttributionKind,
    channel: a.channel as Channel | null,
    source: a.source ? { id: a.source.id, name: a.source.name } : null,
    affiliation: a.affiliation,
    via: a.via ? { id: a.via.id, name: a.via.name } : null,
    reliability: a.reliability as Reliability,
    credibility: a.credibility as Credibility,
    cue: a.cue,
  };
}

/** An attribution as the save action and the store take it: its sources by id. */
export function attributionInput(a: AttributionDto) {
  return {
    kind: a.kind,
    channel: a.channel,
    sourceId: a.source?.id ?? null,
    affiliation: a.affiliation,
    viaId: a.via?.id ?? null,
    reliability: a.reliability,
    credibility: a.credibility,
    cue: a.cue,
  };
}
