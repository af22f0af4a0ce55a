import arabWorldHornPlaces from "./packs/arab-world-horn-places.json";
import northEastSyria from "./packs/north-east-syria.json";
import regionalArmedActors from "./packs/regional-armed-actors.json";
import { compilePacks } from "./compile";
import { packSchema, type Pack } from "./pack-schema";
import type { Knowledge } from "./types";

// The packs shipped with Claimdesk. The database is loaded from them on first start; after that the
// desk's own, edited copy is what the analysis reads. Tests and offline tools compile them directly.

export const SHIPPED_PACKS: readonly Pack[] = [northEastSyria, arabWorldHornPlaces, regionalArmedActors].map((p) =>
  packSchema.parse(p),
);

let compiled: Knowledge | null = null;
/** The shipped packs compiled, for tests and tools that run without a database. */
export function shippedKnowledge(): Knowledge {
  return (compiled ??= compilePacks(SHIPPED_PACKS));
}
