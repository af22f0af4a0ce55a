// Shapes of the lexicon data files. Terms are written in ordinary Arabic and
// normalized when compiled, so entries stay readable and still match text
// that went through normalizeArabic.
//
// Term syntax (one string per phrase):
//   - words are separated by spaces and must follow each other in the text;
//   - "a|b" lists alternatives for one word;
//   - a trailing "*" lets the word continue (suffixes: "انسحب*" → انسحبت، انسحبوا);
//   - the first word may carry the clitics و ف ب ل ك (and لل for ال-words).

export type ActorId =
  | "coalition"
  | "us_administration"
  | "sdf"
  | "autonomous_administration"
  | "syrian_government"
  | "former_regime"
  | "isis"
  | "syrian_free_army"
  | "turkey"
  | "russia"
  | "iran";

/** Which side of the government–coalition relationship an actor stands on. */
export type ActorSide = "coalition" | "government" | "other";

export interface ActorEntry {
  id: ActorId;
  nameAr: string;
  nameEn: string;
  side: ActorSide;
  terms: string[];
  /** Nationality adjectives that make a military noun this actor's ("طائرة شحن أمريكية"). */
  demonyms?: string[];
  /** A term is not this actor when followed by one of these ("الحكومة العراقية"). */
  blockedNext?: string[];
}

export type PlaceKind = "country" | "region" | "city" | "town" | "village" | "base" | "field" | "dam" | "area" | "crossing";

export interface PlaceEntry {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: PlaceKind;
  /** Governorate-level region the place belongs to (a region points to itself). */
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
  /** Who holds a base, used only when a sentence names no doer ("قاعدة خراب الجير ما تزال نشطة"). */
  operator?: ActorId;
  /** A capital or country that acts as its government when it is the doer ("دمشق توافق"). */
  actsAs?: ActorId;
}

export type Question = "coalition_presence" | "force_presence" | "government_coalition_relations";
export type PresenceValue = "drawdown" | "reinforcement" | "maintained";
export type RelationsValue = "cooperation" | "friction";
export type StanceValue = PresenceValue | RelationsValue;

/** Words looked for around a cue; `before`/`after` are token windows in the same sentence. */
export interface Nearby {
  words: string[];
  before?: number;
  after?: number;
  /** Look in the whole sentence instead of the clause (a relative clause pointing back: "قاعدة …، التي تسلمتها قسد"). */
  sentence?: boolean;
}

export interface StanceCue {
  id: string;
  /** "presence" resolves to coalition_presence or force_presence once the holder is known. */
  topic: "presence" | "relations";
  /** null: the words look like a cue but mean something else (see `ignore`). */
  value: StanceValue | null;
  terms: string[];
  near?: Nearby;
  /** Reason shown when `near` is not satisfied (the match is then ignored). */
  unmet?: string;
  /** The cue does not count when these are near (a convoy that was turned back). */
  unless?: Nearby;
  unlessReason?: string;
  /** Reason shown for value-null entries. */
  ignore?: string;
}
