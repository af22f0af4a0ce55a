import type { ActorKind, PlaceKind } from "./pack-schema";

// What the analysis reads: the desk's knowledge compiled into flat entries. It comes from the
// database (the desk's own, edited data) or, in tests and tools, straight from pack files; the
// analysis never imports a table of actors or places.

export type { ActorKind, PlaceKind };

export interface ActorEntry {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: ActorKind | null;
  /** Which side of the story's main divide it stands on; null when the desk has not said. */
  side: string | null;
  terms: string[];
  /** Nationality adjectives that make a military noun this actor's ("طائرة شحن أمريكية"). */
  demonyms?: string[];
  /** A term is not this actor when followed by one of these ("الحكومة العراقية"). */
  blockedNext?: string[];
  /** Bodies it belongs to (a ministry → its government, a unit → its force). */
  memberOf?: string[];
}

export interface PlaceEntry {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: PlaceKind;
  /** The place it lies in, null at the top of the hierarchy. */
  parent: string | null;
  /** Governorate-level region the place belongs to (a region, a country or a broad area points to itself). */
  region: string;
  terms: string[];
  /** Latin spellings, matched too (normalized text is lower-cased). */
  en?: string[];
  /** Too wide to say two claims are about the same place ("سوريا"). */
  broad?: boolean;
  /** The place only counts right after one of these words ("قاعدة الوزير"). */
  requiresPrev?: string[];
  blockedPrev?: string[];
  blockedNext?: string[];
  /** Why a match failing the conditions above is not this place. */
  ignoreReason?: string;
  /** Who holds a base, used only when a sentence names no doer. */
  operator?: string;
  /** A capital or country that acts as its government when it is the doer ("دمشق توافق"). */
  actsAs?: string;
}

/** A source the attribution grammar can recognize by alias. */
export interface SourceEntry {
  id: string;
  name: string;
  nameEn: string;
  kind: string | null;
  reliability: string | null;
  medium: string | null;
  aliases: string[];
  quotedAliases: string[];
  memberOf: string[];
}

export interface Knowledge {
  actors: ActorEntry[];
  /** Several entries may share an id (one per set of conditions); the first is the place's record. */
  places: PlaceEntry[];
  sources: SourceEntry[];
  /** Which entity a bare ambiguous word means on this desk. */
  bareTerms: { term: string; entity: string }[];
}
