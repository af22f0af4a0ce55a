// Restoring an earlier value of a claim's statement, verdict or status from its history.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor, Changes } from "@/lib/history/schema";
import { claimStatusSchema, verdictSchema } from "@/lib/claims/schema";
import { normalizeArabic } from "@/lib/text/normalize";
import { openClaim, refuse, stale, writeClaim, type ClaimWrite } from "./mutations";
import { restoredState, verdictSupportProblem } from "./rules";
import type { RestoreInput } from "./schema";

/** Puts an earlier value of a field back, as a new "restore" event (nothing in the history is rewritten). */
export async function restoreField(tx: Tx, input: RestoreInput, actor: Actor): Promise<ClaimWrite> {
  const event = await tx.reviewEvent.findUnique({ where: { seq: input.seq } });
  const earlier =
    event && event.entityType === "claim" && event.entityId === input.claimId ? (JSON.parse(event.changes) as Changes) : null;
  const pair = earlier?.[input.field];
  if (!pair) return refuse("NOT_FOUND", `Event #${input.seq} holds no earlier ${input.field} of this claim`);
  const value = pair[0];
  if (input.field === "verdict" && !verdictSchema.safeParse(value).success)
    return refuse("INVALID", "There is no earlier verdict to restore there");
  if (input.field === "status" && !claimStatusSchema.safeParse(value).success)
    return refuse("INVALID", "There is no earlier status to restore there");
  if (input.field === "statement" && value !== null && typeof value !== "string")
    return refuse("INVALID", "There is no earlier statement to restore there");
  if (input.field !== "statement") {
    // A signed-off session's decisions are frozen until an admin reopens the session (a recorded event).
    const frozen = await tx.sessionItem.findFirst({
      where: { claimId: input.claimId, verdict: { not: null }, session: { status: "signed_off" } },
      select: { session: { select: { title: true } } },
    });
    if (frozen)
      return refuse(
        "SIGNED_OFF",
        `The ${input.field} was decided in the signed-off session "${frozen.session.title}": an admin must reopen the session before it can be restored`,
      );
  }
  const found = await openClaim(tx, input.claimId, input.version);
  if ("ok" in found) return found;
  const { claim } = found;
  const current = claim[input.field];
  if (current === value) return refuse("INVALID", `The ${input.field} already has that value`);
  const data: Record<string, unknown> = { [input.field]: value };
  const changes: Changes = { [input.field]: [current, value], restoredFrom: [null, input.seq] };
  if (input.field === "statement") data.searchText = normalizeArabic(value ? `${claim.quote} ${value as string}` : claim.quote);
  else {
    // the review rules hold after a restore too: no decided claim without a verdict, no strong verdict without support
    const next = restoredState(input.field, value as string, claim);
    if (!next.ok) return refuse("INVALID", next.message);
    if (next.status !== claim.status) {
      data.status = next.status;
      changes.status = [claim.status, next.status];
    }
    if (input.field === "verdict") {
      const problem = verdictSupportProblem(next.verdict, await tx.evidence.count({ where: { claimId: claim.id } }), null);
      const noted = await tx.decision.findFirst({ where: { claimId: claim.id, verdict: next.verdict, note: { not: null } } });
      if (problem && !noted) return refuse("INVALID", problem);
    }
  }
  const updated = await writeClaim(tx, claim, data, actor);
  if (!updated) return stale(tx, claim.id);
  if (input.field === "verdict") {
    await tx.decision.create({
      data: {
        claimId: claim.id,
        verdict: value as string,
        note: `Restored from event #${input.seq}`,
        deciderId: actor.id ?? "system",
      },
    });
  }
  await appendEvent(tx, {
    actor,
    entityType: "claim",
    entityId: claim.id,
    action: "restore",
    changes,
  });
  return { ok: true, claim: updated };
}
