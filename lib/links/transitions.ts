import type { LinkStatus, LinkTypeName } from "./schema";

// proposed → confirmed | dismissed; confirmed → resolved (conflicts only, with a note) | dismissed.
const NEXT: Record<LinkStatus, LinkStatus[]> = {
  proposed: ["confirmed", "dismissed"],
  confirmed: ["resolved", "dismissed"],
  dismissed: [],
  resolved: [],
};

export type TransitionCheck = { ok: true } | { ok: false; reason: "INVALID_TRANSITION" | "NOTE_REQUIRED"; message: string };

export function checkTransition(type: LinkTypeName, from: LinkStatus, to: LinkStatus, note: string | undefined): TransitionCheck {
  if (to === "resolved" && type !== "contradicts")
    return { ok: false, reason: "INVALID_TRANSITION", message: "Only a conflict (a contradicts link) can be resolved" };
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from];
    return {
      ok: false,
      reason: "INVALID_TRANSITION",
      message: allowed.length
        ? `A ${from} link can only become ${allowed.join(" or ")}`
        : `A ${from} link is closed and cannot change`,
    };
  }
  if (to === "resolved" && !note?.trim())
    return {
      ok: false,
      reason: "NOTE_REQUIRED",
      message: "Resolving a conflict needs a note (e.g. “both true: different bases”)",
    };
  return { ok: true };
}

/** The statuses a link can move to from where it is (for the board's keys and buttons). */
export function nextStatuses(type: LinkTypeName, from: LinkStatus): LinkStatus[] {
  return NEXT[from].filter((s) => s !== "resolved" || type === "contradicts");
}
