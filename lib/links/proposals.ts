// A link the system proposes, as stored and as recorded in the history: detection and the synthetic
// benchmark corpus write both through these, so the generated chain cannot drift from the real one.
import { SYSTEM_ACTOR, type NewEvent } from "@/lib/history/schema";
import type { LinkProposal } from "./types";

/** What a stored proposal needs: detection's conflicts and corroborations, matching's same-event pairs. */
export type ProposedLink = Pick<LinkProposal, "a" | "b" | "score" | "reasons"> & { type: LinkProposal["type"] | "same_event" };

export function proposedLinkRow(p: ProposedLink) {
  return { aId: p.a, bId: p.b, type: p.type, status: "proposed", proposedBy: "system", score: p.score, reasons: p.reasons };
}

export function proposedLinkEvent(linkId: string, p: ProposedLink): NewEvent {
  const row = proposedLinkRow(p);
  return {
    actor: SYSTEM_ACTOR,
    entityType: "link",
    entityId: linkId,
    action: "create",
    changes: Object.fromEntries(Object.entries(row).map(([field, value]) => [field, [null, value]])),
  };
}
