// Plain shapes of sources and attributions as the UI and the JSON API see them.
import type { Credibility, Reliability } from "./grading";
import type { AttributionKind, Channel, SourceKind } from "./kinds";

export type SourceRef = { id: string; name: string };

export type AttributionDto = {
  kind: AttributionKind;
  channel: Channel | null;
  source: SourceRef | null;
  affiliation: string | null;
  via: SourceRef | null;
  reliability: Reliability;
  credibility: Credibility;
  cue: string | null;
};

/** Corroborating claims (confirmed or proposed `corroborates` links) and how many independent origins they trace to. */
export type Corroboration = { claims: number; origins: number };

export type ClaimSourcing = {
  attributions: AttributionDto[];
  /** False while the attributions are the system's suggestion and no editor has confirmed or changed them. */
  attributionsConfirmed: boolean;
  sourcingStrength: number;
  corroboration: Corroboration;
};

export const NO_SOURCING: ClaimSourcing = {
  attributions: [],
  attributionsConfirmed: false,
  sourcingStrength: 0,
  corroboration: { claims: 0, origins: 0 },
};

export type SourceListItem = {
  id: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  aliases: string[];
  /** The alias the search matched, when it is not the name. */
  matched: string | null;
  memberOf: SourceRef | null;
  claimCount: number;
};

export function toAttributionDto(a: {
  kind: string;
  channel: string | null;
  source: SourceRef | null;
  affiliation: string | null;
  via: SourceRef | null;
  reliability: string;
  credibility: number;
  cue: string | null;
}): AttributionDto {
  return {
    kind: a.kind as AttributionKind,
    channel: a.channel as Channel | null,
    source: a.source ? { id: a.source.id, name: a.source.name } : null,
    affiliation: a.affiliation,
    via: a.via ? { id: a.via.id, name: a.via.name } : null,
    reliability: a.reliability as Reliability,
    credibility: a.credibility as Credibility,
    cue: a.cue,
  };
}
