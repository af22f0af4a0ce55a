import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor, Changes } from "@/lib/history/schema";
import { toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { normalizeArabic } from "@/lib/text/normalize";
import { verdictSupportProblem } from "./rules";
import type { DecisionInput, PatchClaimInput, ReviewRefusal } from "./schema";

// Decisions and edits of a claim, and the helpers every review write shares (open with its version,
// compare-and-set, the stale refusal). Evidence, restores and sessions have their own modules.

export type Who = { id: string; label: string } | null;
export type Refusal = { ok: false; reason: ReviewRefusal; message: string; current?: ClaimDto; updatedBy?: Who };
export type ClaimWrite = { ok: true; claim: ClaimDto } | Refusal;

export const refuse = (reason: ReviewRefusal, message: string): Refusal => ({ ok: false, reason, message });

async function labelOf(tx: Tx, userId: string | null): Promise<Who> {
  if (!userId) return null;
  const u = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  return u ? { id: u.id, label: u.email } : { id: userId, label: userId };
}

export type ClaimRow = NonNullable<Awaited<ReturnType<Tx["claim"]["findUnique"]>>>;

/** The refusal of a stale save: the current values and who changed them last. */
export async function stale(tx: Tx, claimId: string): Promise<Refusal> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  return {
    ok: false,
    reason: "STALE",
    message: "Someone changed this claim since you opened it: review the current values and save again",
    current: toClaimDto(claim),
    updatedBy: await labelOf(tx, claim.updatedById),
  };
}

export async function openClaim(tx: Tx, claimId: string, version: number): Promise<{ claim: ClaimRow } | Refusal> {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived");
  if (claim.version !== version) return stale(tx, claimId);
  return { claim };
}

/** Compare-and-set on the claim's version: a concurrent save that got there first makes this one stale. */
export async function writeClaim(tx: Tx, claim: ClaimRow, data: Record<string, unknown>, actor: Actor): Promise<ClaimDto | null> {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version },
    data: { ...data, version: { increment: 1 }, updatedById: actor.id },
  });
  if (count !== 1) return null;
  return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claim.id } }));
}

export async function openSession(tx: Tx, sessionId: string) {
  const session = await tx.reviewSession.findUnique({ where: { id: sessionId } });
  if (!session) return refuse("NOT_FOUND", "The review session does not exist");
  if (session.status === "signed_off")
    return refuse("SIGNED_OFF", "This session is signed off and read-only; an admin can reopen it");
  return session;
}

// ── decisions and claim edits ────────────────────────────────────────────────

/** A verdict on a claim, inside a session (the decision belongs to it) or outside one. */
export async function decide(tx: Tx, input: DecisionInput, actor: Actor): Promise<ClaimWrite> {
  if (input.sessionId) {
    const session = await openSession(tx, input.sessionId);
    if ("ok" in session) return session;
    const item = await tx.sessionItem.findUnique({
      where: { sessionId_claimId: { sessionId: session.id, claimId: input.claimId } },
    });
    if (!item) return refuse("NOT_IN_SESSION", "This claim is not in the session's queue");
  }
  const found = await openClaim(tx, input.claimId, input.version);
  if ("ok" in found) return found;
  const { claim } = found;
  const evidence = await tx.evidence.count({ where: { claimId: claim.id } });
  const problem = verdictSupportProblem(input.verdict, evidence, input.note);
  if (problem) return refuse("NEEDS_SUPPORT", problem);
  const updated = await writeClaim(tx, claim, { verdict: input.verdict, status: "decided" }, actor);
  if (!updated) return stale(tx, claim.id);
  const decision = await tx.decision.create({
    data: {
      claimId: claim.id,
      sessionId: input.sessionId ?? null,
      verdict: input.verdict,
      note: input.note ?? null,
      deciderId: actor.id ?? "system",
    },
  });
  if (input.sessionId) {
    await tx.sessionItem.update({
      where: { sessionId_claimId: { sessionId: input.sessionId, claimId: claim.id } },
      data: {
        verdict: input.verdict,
        note: input.note ?? null,
        decidedById: actor.id,
        decidedAt: decision.createdAt,
        skipped: false,
      },
    });
  }
  const changes: Changes = { verdict: [claim.verdict, input.verdict] };
  if (claim.status !== "decided") changes.status = [claim.status, "decided"];
  if (input.note) changes.note = [null, input.note];
  await appendEvent(tx, {
    actor,
    sessionId: input.sessionId ?? null,
    entityType: "claim",
    entityId: claim.id,
    action: "decide",
    changes,
  });
  return { ok: true, claim: updated };
}

/** `PATCH /api/claims/{id}` and the claim page's form: statement, verdict, status in one versioned save. */
export async function patchClaim(tx: Tx, claimId: string, input: PatchClaimInput, actor: Actor): Promise<ClaimWrite> {
  const found = await openClaim(tx, claimId, input.version);
  if ("ok" in found) return found;
  const { claim } = found;
  const changes: Changes = {};
  const data: Record<string, unknown> = {};
  if (input.statement !== undefined && (input.statement || null) !== claim.statement) {
    const statement = input.statement || null;
    changes.statement = [claim.statement, statement];
    data.statement = statement;
    data.searchText = normalizeArabic(statement ? `${claim.quote} ${statement}` : claim.quote);
  }
  const verdictChanged = input.verdict !== undefined && input.verdict !== claim.verdict;
  if (verdictChanged) {
    const evidence = await tx.evidence.count({ where: { claimId } });
    const problem = verdictSupportProblem(input.verdict!, evidence, input.note);
    if (problem) return refuse("NEEDS_SUPPORT", problem);
    changes.verdict = [claim.verdict, input.verdict];
    data.verdict = input.verdict;
  }
  const status = input.status ?? (verdictChanged && claim.status !== "published" ? "decided" : claim.status);
  if (status !== claim.status) {
    changes.status = [claim.status, status];
    data.status = status;
  }
  if (Object.keys(changes).length === 0) return { ok: true, claim: toClaimDto(claim) };
  if (input.note) changes.note = [null, input.note];
  const updated = await writeClaim(tx, claim, data, actor);
  if (!updated) return stale(tx, claimId);
  if (verdictChanged) {
    await tx.decision.create({
      data: { claimId, verdict: input.verdict!, note: input.note ?? null, deciderId: actor.id ?? "system" },
    });
  }
  await appendEvent(tx, { actor, entityType: "claim", entityId: claimId, action: verdictChanged ? "decide" : "update", changes });
  return { ok: true, claim: updated };
}
