import { z } from "zod";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { RELIABILITY_GRADES } from "@/lib/sources/grading";

// A knowledge pack: the entities (actors and sources) and places a desk knows about one story or
// region, as a file that desks share. Terms are written in ordinary spelling and normalized when
// compiled; the term syntax is the analysis grammar's ("a|b" alternatives for one word, a trailing
// "*" lets a word continue, the first word may carry clitics).

export const PACK_FORMAT = "claimdesk-knowledge-pack";

export const ACTOR_KINDS = [
  "armed_force",
  "government",
  "coalition",
  "armed_group",
  "ministry",
  "unit",
  "political_body",
  "international_body",
  "person",
  "other",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = [
  "country",
  "region",
  "city",
  "town",
  "village",
  "base",
  "field",
  "dam",
  "area",
  "crossing",
  "airport",
  "port",
  "camp",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ENTITY_ROLES = ["source", "actor"] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, "A key is lower-case letters, digits, '-' or '_' (at most 80)");
const name = z.string().trim().min(1, "A name cannot be empty").max(200, "A name is at most 200 characters");
const term = z.string().trim().min(1).max(200);
const label = z.object({ en: z.string().max(200), ar: z.string().max(200) });

/** Words around a mention that make it count or not (the analysis grammar reads these). */
export const termConditionsSchema = z.object({
  /** The term only counts right after one of these words ("قاعدة الوزير"). */
  requiresPrev: z.array(term).optional(),
  blockedPrev: z.array(term).optional(),
  blockedNext: z.array(term).optional(),
  /** Why a match failing the conditions is not this entry (shown when explaining an analysis). */
  ignoreReason: z.string().max(300).optional(),
});

export const packEntitySchema = z.object({
  key,
  name,
  nameEn: name,
  roles: z.array(z.enum(ENTITY_ROLES)).min(1),
  /** As a source: the registry's kind and starting reliability grade. */
  sourceKind: z.enum(SOURCE_KINDS).nullable().default(null),
  reliability: z.enum(RELIABILITY_GRADES).nullable().default(null),
  medium: z.enum(["tv", "print", "online", "agency", "radio"]).nullable().default(null),
  /** As an actor: what kind of doer it is, and which side of the story's main divide it stands on. */
  actorKind: z.enum(ACTOR_KINDS).nullable().default(null),
  side: z.string().max(80).nullable().default(null),
  /** Spellings in any script that name the entity in text. */
  aliases: z.array(term).default([]),
  /** Spellings that are also ordinary words: they count only inside quotes or brackets. */
  quotedAliases: z.array(term).default([]),
  /** Nationality adjectives that make a military noun this actor's ("طائرة شحن أمريكية"). */
  demonyms: z.array(term).default([]),
  /** An alias is not this entity when followed by one of these ("الحكومة العراقية"). */
  blockedNext: z.array(term).default([]),
  memberOf: z.array(z.object({ key, role: label.nullable().default(null) })).default([]),
});
export type PackEntity = z.output<typeof packEntitySchema>;

export const packPlaceSchema = z.object({
  key,
  nameAr: name,
  nameEn: name,
  kind: z.enum(PLACE_KINDS),
  /** The place it lies in (country › region › town / base / field); null at the top. */
  parent: key.nullable().default(null),
  aliases: z.array(term).default([]),
  /** Latin spellings (matched on lower-cased text). */
  aliasesEn: z.array(term).default([]),
  /** Aliases that only count under conditions ("سورية" is also the adjective "Syrian"). */
  conditionalAliases: z.array(termConditionsSchema.extend({ terms: z.array(term).min(1) })).default([]),
  /** Too wide to say two claims are about the same place ("سوريا"). */
  broad: z.boolean().default(false),
  /** Who holds a base, used only when a sentence names no doer. */
  operator: key.nullable().default(null),
  /** A capital or country that acts as its government when it is the doer ("دمشق توافق"). */
  actsAs: key.nullable().default(null),
});
export type PackPlace = z.output<typeof packPlaceSchema>;

/** Which entity an ambiguous bare word means on this desk ("التحالف", "الحكومة"). */
export const bareTermSchema = z.object({ term, entity: key });
export type BareTerm = z.output<typeof bareTermSchema>;

export const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  id: key,
  name: label,
  description: z.string().max(2000).default(""),
  /** Where the entries come from and under which licence. */
  provenance: z.string().max(2000),
  entities: z.array(packEntitySchema).default([]),
  places: z.array(packPlaceSchema).default([]),
  bareTerms: z.array(bareTermSchema).default([]),
});
export type Pack = z.output<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
