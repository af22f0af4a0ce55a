import { ACTOR_BY_ID, ACTORS } from "@/lib/text/lexicons/actors";
import { PLACE_BY_ID, PLACES } from "@/lib/text/lexicons/places";
import type { ActorId } from "@/lib/text/lexicons/types";

// Actors and places in both interface languages, from the lexicons' own names. An id the lexicons do
// not know (a lexicon entry renamed since a claim was read) keeps its own spelling in both.

export type Label = { en: string; ar: string };

const unknown = (id: string): Label => ({ en: id, ar: id });

export function actorLabel(id: string): Label {
  const a = ACTOR_BY_ID.get(id as ActorId);
  return a ? { en: a.nameEn, ar: a.nameAr } : unknown(id);
}

export function placeLabel(id: string): Label {
  const p = PLACE_BY_ID.get(id);
  return p ? { en: p.nameEn, ar: p.nameAr } : unknown(id);
}

const ACTOR_BY_ARABIC = new Map(ACTORS.map((a) => [a.nameAr, a.id as string]));
const PLACE_BY_ARABIC = new Map([...PLACES].reverse().map((p) => [p.nameAr, p.id]));

/** The actor id an Arabic name stands for (the stored link reasons name actors in Arabic), else the name. */
export const actorIdOf = (nameAr: string): string => ACTOR_BY_ARABIC.get(nameAr) ?? nameAr;
/** The place id an Arabic name stands for, else the name. */
export const placeIdOf = (nameAr: string): string => PLACE_BY_ARABIC.get(nameAr) ?? nameAr;
