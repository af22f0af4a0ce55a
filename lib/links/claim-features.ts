import { analyzeClaim, type FeatureContext } from "./features";
import { bucketKeys } from "./detect";
import type { ActorId, ClaimFeatures } from "./types";

// A claim's features come from its quote; an editor's span often leaves out the
// subject or the place ("سلّم … عدداً من نقاط تمركزه" without "التحالف الدولي"),
// so what the quote lacks — the agent, the places, a written date — is taken
// from the sentence around it. Stances always come from the quote itself: the
// claim asserts what its span says, not the rest of the sentence. Spots are the
// quote's own: a claim is "at" a town only when it names it.

export function claimFeatures(quote: string, contexts: string[], ctx: FeatureContext): ClaimFeatures {
  let own = analyzeClaim(quote, ctx);
  if (own.features.agent && own.features.places.length > 0 && own.time.source === "text") return own.features;
  // A context no longer than the quote (a whole-sentence claim) adds nothing.
  const around = contexts.filter((c) => c && c.trim().length > quote.trim().length).map((c) => analyzeClaim(c, ctx));
  const agent = own.features.agent ?? around.find((a) => a.features.agent)?.features.agent ?? null;
  // The stances of a presence cue depend on whose presence it is: analyze the quote again with the doer.
  if (!own.features.agent && agent) own = analyzeClaim(quote, { ...ctx, agentHint: agent as ActorId });
  const f: ClaimFeatures = { ...own.features, actors: [...own.features.actors] };
  if (agent && !f.actors.includes(agent)) f.actors.push(agent);
  const placed = around.find((a) => a.features.places.length > 0);
  if (f.places.length === 0 && placed) {
    f.places = placed.features.places;
    f.regions = placed.features.regions;
  }
  const dated = around.find((a) => a.time.source === "text");
  if (own.time.source !== "text" && dated) {
    f.time = dated.features.time;
    f.timeLabel = dated.features.timeLabel;
  }
  return f;
}

/**
 * Keys stored per claim: detection buckets ("b:…"), places ("p:…"), regions
 * ("r:…") and actors ("a:…"), so that candidates and filters are index look-ups.
 */
export function facetKeys(f: ClaimFeatures): string[] {
  const keys = new Set<string>();
  for (const b of bucketKeys(f)) keys.add(`b:${b}`);
  for (const p of f.places) {
    keys.add(`p:${p.id}`);
    keys.add(`r:${p.region}`);
  }
  for (const r of f.regions) keys.add(`r:${r}`);
  for (const a of f.actors) keys.add(`a:${a}`);
  if (f.agent) keys.add(`a:${f.agent}`);
  return [...keys];
}

export type FacetRow = { claimId: string; key: string; timeFrom: string | null; timeTo: string | null };

/** The facet rows stored for a claim: its keys, each with the claim's event time (null when undated). */
export function facetRows(claimId: string, f: ClaimFeatures): FacetRow[] {
  return facetKeys(f).map((key) => ({ claimId, key, timeFrom: f.time?.from ?? null, timeTo: f.time?.to ?? null }));
}

/** A place or region filter matches claims of the place, or of any place in the region. */
export function placeFilterKeys(id: string): string[] {
  return [`p:${id}`, `r:${id}`];
}
