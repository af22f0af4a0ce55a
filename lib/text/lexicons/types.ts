// Shapes of the lexicon data files. Terms are written in ordinary Arabic and
// normalized when compiled, so entries stay readable and still match text
// that went through normalizeArabic.
//
// Term syntax (one string per phrase):
//   - words are separated by spaces and must follow each other in the text;
//   - "a|b" lists alternatives for one word;
//   - a trailing "*" lets the word continue (suffixes: "انسحب*" → انسحبت، انسحبوا);
//   - the first word may carry the clitics و ف ب ل ك (and لل for ال-words).

/** An actor's key in the desk's knowledge ("coalition", "rsf"). */
export type ActorId = string;

/**
 * What a claim takes a side on. Presence: a force's presence in a place grows, shrinks or holds.
 * Relations: the sample story's government–coalition relationship. Control: who holds a place.
 * Open status: whether a facility (an airport, a crossing, a port) is open. Attack: a force struck
 * a place (shelling, an air strike, an assault), which its denial contradicts.
 */
export type Question =
  "coalition_presence" | "force_presence" | "government_coalition_relations" | "control" | "open_status" | "attack";
export type PresenceValue = "drawdown" | "reinforcement" | "maintained";
export type RelationsValue = "cooperation" | "friction";
export type ControlValue = "controls" | "not_controls";
export type OpenValue = "open" | "closed";
export type AttackValue = "attacked" | "not_attacked";
export type StanceValue = PresenceValue | RelationsValue | ControlValue | OpenValue | AttackValue;

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
  topic: "presence" | "relations" | "control" | "open_status" | "attack";
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
