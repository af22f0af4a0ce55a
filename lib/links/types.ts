import type { ActorId, Question, StanceValue } from "@/lib/text/lexicons/types";
import type { Figure } from "./figures";

// Stored per claim (JSON), and the only input link detection needs.

export type Precision = "day" | "month" | "year" | "unknown";

export interface ClaimFeatures {
  /** Canonical actor ids mentioned, in order of first mention. */
  actors: string[];
  /** The actor that does the main event, or null when none could be told. */
  agent: string | null;
  /** Gazetteer places (id) with their governorate-level region. */
  places: { id: string; region: string }[];
  /** Specific regions (broad areas such as "سوريا" left out). */
  regions: string[];
  /** Places precise enough that two claims naming one are about the same spot (a town, a base, a camp, an airport). */
  spots?: string[];
  /** Counts the claim gives (killed, injured, trucks, displaced). */
  figures?: Figure[];
  time: { from: string; to: string } | null;
  /** "2025-05", "2025", "2025-05..2025-06" or "unknown". */
  timeLabel: string;
  stances: { question: Question; value: StanceValue; cue: string; negated?: boolean }[];
}

export interface ClaimRecord {
  id: string;
  /** Claims of the same article are not compared with each other when given. */
  articleId?: string;
  features: ClaimFeatures;
}

export type LinkType = "contradicts" | "corroborates";

export interface LinkProposal {
  /** Claim ids, a < b. */
  a: string;
  b: string;
  type: LinkType;
  /** 0..1: how likely an editor is to confirm. */
  score: number;
  question: Question | "figures";
  reasons: string[];
}

export type { ActorId };
