// Pure rules of the review: what a verdict needs, how a session is summarized, how a queue moves.
import { verdicts } from "@/lib/claims/schema";

/**
 * What a restore of one field leaves: a claim cannot be decided or published without a verdict, so
 * restoring "unverified" takes a decided claim back to review, and a status that needs a verdict is
 * refused while the claim has none.
 */
export function restoredState(
  field: "verdict" | "status",
  value: string,
  claim: { verdict: string; status: string },
): { ok: true; verdict: string; status: string } | { ok: false; message: string } {
  const needsVerdict = (status: string) => status === "decided" || status === "published";
  if (field === "verdict") {
    const status = value === "unverified" && needsVerdict(claim.status) ? "in_review" : claim.status;
    return { ok: true, verdict: value, status };
  }
  if (needsVerdict(value) && claim.verdict === "unverified")
    return { ok: false, message: `A claim without a verdict cannot be ${value}: restore or set its verdict first` };
  return { ok: true, verdict: claim.verdict, status: value };
}

/** Verdicts that assert something about the world and so must be backed by evidence or a written reason. */
export const strongVerdicts = ["corroborated", "false", "misleading"] as const;

export function verdictSupportProblem(verdict: string, evidenceCount: number, note: string | null | undefined): string | null {
  if (!(strongVerdicts as readonly string[]).includes(verdict)) return null;
  if (evidenceCount > 0 || (note ?? "").trim().length > 0) return null;
  return `A verdict of “${verdict}” needs at least one evidence entry or a written note`;
}

export type SummaryInput = {
  items: Array<{ verdict: string | null; decidedById: string | null; decidedAt: Date | string | null }>;
  participants: Array<{ id: string; label: string }>;
  deciders: Array<{ id: string; label: string }>;
  conflictsResolved: number;
  createdAt: Date | string;
  signedOffAt: Date | string;
};

export type SessionSummary = {
  total: number;
  decided: number;
  perVerdict: Record<string, number>;
  conflictsResolved: number;
  participants: string[];
  startedAt: string;
  endedAt: string;
  durationMinutes: number;
};

/** The sign-off summary. The duration runs from the first decision (or the session's creation) to the sign-off. */
export function summarizeSession(input: SummaryInput): SessionSummary {
  const perVerdict: Record<string, number> = {};
  for (const v of verdicts) perVerdict[v] = 0;
  const decided = input.items.filter((i) => i.verdict);
  for (const i of decided) perVerdict[i.verdict!] = (perVerdict[i.verdict!] ?? 0) + 1;
  const times = decided.map((i) => new Date(i.decidedAt ?? input.createdAt).getTime());
  const start = times.length ? Math.min(...times) : new Date(input.createdAt).getTime();
  const end = new Date(input.signedOffAt).getTime();
  const names = new Map<string, string>();
  for (const p of [...input.participants, ...input.deciders]) names.set(p.id, p.label);
  return {
    total: input.items.length,
    decided: decided.length,
    perVerdict,
    conflictsResolved: input.conflictsResolved,
    participants: [...names.values()].sort(),
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(end).toISOString(),
    durationMinutes: Math.max(0, Math.round((end - start) / 60_000)),
  };
}

/** The queue after moving one claim up or down: claim ids in their new order (unchanged at the ends). */
export function moveInQueue(order: string[], claimId: string, direction: "up" | "down"): string[] {
  const i = order.indexOf(claimId);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= order.length) return order;
  const next = [...order];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** Where review mode should go after `from` when skipping: the next undecided item, wrapping around. */
export function nextUndecided(decided: boolean[], from: number): number {
  for (let k = 1; k <= decided.length; k++) {
    const i = (from + k) % decided.length;
    if (!decided[i]) return i;
  }
  return Math.min(from + 1, decided.length - 1);
}

export function splitDuration(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
