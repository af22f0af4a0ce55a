import { z } from "zod";
import { ACTOR_KINDS, PLACE_KINDS } from "./pack-schema";

// What an editor sends to change the desk's knowledge. A name is 1–300 characters; every edit of an
// existing row carries the version the editor saw (optimistic concurrency).

const name = (label: string) =>
  z
    .string({ error: `${label} is missing` })
    .trim()
    .min(1, { error: `${label} is empty` })
    .max(300, { error: `${label} is too long (at most 300 characters)` });
const id = (label: string) => z.string({ error: `${label} is missing` }).min(1, { error: `${label} is missing` });
const version = z.number().int().min(1);
const placeKind = z.enum(PLACE_KINDS, { error: `Kind must be one of: ${PLACE_KINDS.join(", ")}` });
const actorKind = z.enum(ACTOR_KINDS, { error: `Kind must be one of: ${ACTOR_KINDS.join(", ")}` });

export const createPlaceSchema = z.object({
  nameAr: name("The Arabic name"),
  nameEn: name("The English name"),
  kind: placeKind,
  parentId: z.string().min(1).nullable().default(null),
  broad: z.boolean().default(false),
  aliases: z.array(name("An alias")).max(50).default([]),
});
export type CreatePlaceInput = z.input<typeof createPlaceSchema>;

export const updatePlaceSchema = z.object({
  id: id("The place"),
  version,
  nameAr: name("The Arabic name").optional(),
  nameEn: name("The English name").optional(),
  kind: placeKind.optional(),
  parentId: z.string().min(1).nullable().optional(),
  broad: z.boolean().optional(),
});
export type UpdatePlaceInput = z.input<typeof updatePlaceSchema>;

export const createActorSchema = z.object({
  name: name("The name"),
  nameEn: name("The English name"),
  actorKind: actorKind,
  side: z.string().trim().max(80).nullable().default(null),
  memberOfId: z.string().min(1).nullable().default(null),
  aliases: z.array(name("An alias")).max(50).default([]),
});
export type CreateActorInput = z.input<typeof createActorSchema>;

export const updateActorSchema = z.object({
  id: id("The actor"),
  version,
  name: name("The name").optional(),
  nameEn: name("The English name").optional(),
  actorKind: actorKind.optional(),
  side: z.string().trim().max(80).nullable().optional(),
  memberOfId: z.string().min(1).nullable().optional(),
  /** Makes an existing source an actor too (or stops it being one). */
  isActor: z.boolean().optional(),
});
export type UpdateActorInput = z.input<typeof updateActorSchema>;

export const addKnowledgeAliasSchema = z.discriminatedUnion("target", [
  z.object({ target: z.literal("entity"), id: id("The entity"), alias: name("The alias"), quoted: z.boolean().default(false) }),
  z.object({ target: z.literal("place"), id: id("The place"), version, alias: name("The alias") }),
]);
export type AddKnowledgeAliasInput = z.input<typeof addKnowledgeAliasSchema>;

export const setBareTermSchema = z.object({
  term: name("The term"),
  /** The entity the bare word means on this desk; null forgets the reading. */
  entityId: z.string().min(1).nullable(),
  /** The version of the existing reading, when there is one. */
  version: version.optional(),
});
export type SetBareTermInput = z.input<typeof setBareTermSchema>;

export const setPackEnabledSchema = z.object({ id: id("The pack"), version, enabled: z.boolean() });
export type SetPackEnabledInput = z.input<typeof setPackEnabledSchema>;
