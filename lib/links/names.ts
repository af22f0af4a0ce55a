import { shippedKnowledge } from "@/lib/knowledge/shipped";
import type { Knowledge } from "@/lib/knowledge/types";

// Actors and places in both interface languages, from the knowledge's own names. An id the knowledge
// does not know (an entry the desk added or renamed since a claim was read) keeps its own spelling in
// both: a stored reason names it in Arabic, so that is what the reader sees.

export type Label = { en: string; ar: string };

export interface Names {
  actorLabel(id: string): Label;
  placeLabel(id: string): Label;
  /** The actor id an Arabic name stands for (the stored link reasons name actors in Arabic), else the name. */
  actorIdOf(nameAr: string): string;
  /** The place id an Arabic name stands for, else the name. */
  placeIdOf(nameAr: string): string;
}

const unknown = (id: string): Label => ({ en: id, ar: id });
const built = new WeakMap<Knowledge, Names>();

export function namesIn(k: Knowledge): Names {
  const hit = built.get(k);
  if (hit) return hit;
  const actors = new Map(k.actors.map((a) => [a.id, { en: a.nameEn, ar: a.nameAr }]));
  const places = new Map<string, Label>();
  for (const p of k.places) if (!places.has(p.id)) places.set(p.id, { en: p.nameEn, ar: p.nameAr });
  const actorByArabic = new Map([...actors].map(([id, l]) => [l.ar, id]));
  const placeByArabic = new Map([...places].map(([id, l]) => [l.ar, id]));
  const names: Names = {
    actorLabel: (id) => actors.get(id) ?? unknown(id),
    placeLabel: (id) => places.get(id) ?? unknown(id),
    actorIdOf: (nameAr) => actorByArabic.get(nameAr) ?? nameAr,
    placeIdOf: (nameAr) => placeByArabic.get(nameAr) ?? nameAr,
  };
  built.set(k, names);
  return names;
}

const shipped = () => namesIn(shippedKnowledge());
export const actorLabel = (id: string): Label => shipped().actorLabel(id);
export const placeLabel = (id: string): Label => shipped().placeLabel(id);
export const actorIdOf = (nameAr: string): string => shipped().actorIdOf(nameAr);
export const placeIdOf = (nameAr: string): string => shipped().placeIdOf(nameAr);
