import type * as C from "./cues";
import type { AttributionKind } from "./kinds";

/** One speaker an attribution sentence names: a registry source, an anonymous or named speaker
 * the registry lacks, a back-reference ("المصدر نفسه") or a correspondent. */
export type Speaker = { from: number; to: number; cue: string; via: string | null } & (
  | { type: "source"; sourceId: string }
  | { type: "anonymous"; plural: boolean; affiliation: string | null; name: string; sourceNoun: boolean }
  | { type: "backref"; ref: keyof typeof C.BACKREF; name: string }
  | { type: "correspondent"; outletId: string | null }
  | { type: "named"; kind: AttributionKind; name: string; affiliation: string | null }
);
