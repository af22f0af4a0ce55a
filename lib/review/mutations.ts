import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor, Changes } from "@/lib/history/schema";
import { toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { claimStatusSchema, verdictSchema } from "@/lib/claims/schema";
import { normalizeArabic } from "@/lib/text/normalize";
import { can, type Role } from "@/lib/auth/roles";
import { moveInQueue, summarizeSession, verdictSupportProblem, type SessionSummary } from "./rules";
import {
  MAX_EVIDENCE_FILE_BYTES,
  type CreateSessionInput,
  type DecisionInput,
  type EvidenceInput,
  type PatchClaimInput,
  type RestoreInput,
  type ReviewRefusal,
} from "./schema";

export type Who = { id: string; label: string } | null;
export type Refusal = { ok: false; reason: ReviewRefusal; message: string; current?: ClaimDto; updatedBy?: Who };
export type ClaimWrite = { ok: true; claim: ClaimDto } | Refusal;

const refuse = (reason: ReviewRefusal, message: string): Refusal => ({ ok: false, reason, message });

async function labelOf(tx: Tx, userId: string | null): Promise<Who> {
  if (!userId) return null;
  const u = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  return u ? { id: u.id, label: u.email } : { id: userId, label: userId };
}

type ClaimRow = NonNullable<Awaited<ReturnType<Tx["claim"]["findUnique"]>>>;

/** The refusal of a stale save: the current values and who changed them last. */
async function stale(tx: Tx, claimId: string): Promise<Refusal> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  return {
    ok: false,
    reason: "STALE",
    message: "Someone changed this claim since you opened it: review the current values and save again",
    current: toClaimDto(claim),
    updatedBy: await labelOf(tx, claim.updatedById),
  };
}

async function openClaim(tx: Tx, claimId: string, version: number): Promise<{ claim: ClaimRow } | Refusal> {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived");
  if (claim.version !== version) return stale(tx, claimId);
  return { claim };
}

/** Compare-and-set on the claim's version: a concurrent save that got there first makes this one stale. */
async function writeClaim(tx: Tx, claim: ClaimRow, data: Record<string, unknown>, actor: Actor): Promise<ClaimDto | null> {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version },
    data: { ...data, version: { increment: 1 }, updatedById: actor.id },
  });
  if (count !== 1) return null;
  return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claim.id } }));
}

async function openSession(tx: Tx, sessionId: string) {
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

/** Puts an earlier value of a field back, as a new "restore" event (nothing in the history is rewritten). */
export async function restoreField(tx: Tx, input: RestoreInput, actor: Actor): Promise<ClaimWrite> {
  const event = await tx.reviewEvent.findUnique({ where: { seq: input.seq } });
  const changes =
    event && event.entityType === "claim" && event.entityId === input.claimId ? (JSON.parse(event.changes) as Changes) : null;
  const pair = changes?.[input.field];
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
  if (input.field === "statement") data.searchText = normalizeArabic(value ? `${claim.quote} ${value as string}` : claim.quote);
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
    changes: { [input.field]: [current, value], restoredFrom: [null, input.seq] },
  });
  return { ok: true, claim: updated };
}

// ── evidence ─────────────────────────────────────────────────────────────────

export type EvidenceFile = { name: string; type: string; bytes: Uint8Array };
export type EvidenceWrite = { ok: true; evidence: { id: string; claimId: string; fileSha256: string | null } } | Refusal;

export async function addEvidence(tx: Tx, input: EvidenceInput, file: EvidenceFile | null, actor: Actor): Promise<EvidenceWrite> {
  const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, archivedAt: true } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived");
  if (input.sessionId) {
    const session = await openSession(tx, input.sessionId);
    if ("ok" in session) return session;
  }
  if (file && file.bytes.byteLength === 0) return refuse("EMPTY_FILE", "The attached file is empty");
  if (file && file.bytes.byteLength > MAX_EVIDENCE_FILE_BYTES)
    return refuse("TOO_LARGE", `The attached file is over ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`);
  const sha = file ? createHash("sha256").update(file.bytes).digest("hex") : null;
  const fileName = file ? file.name.replace(/[\r\n"\\/]/g, "_").slice(0, 200) || "attachment" : null;
  const evidence = await tx.evidence.create({
    data: {
      claimId: claim.id,
      kind: input.kind,
      text: input.text,
      fileName,
      fileType: file ? file.type || "application/octet-stream" : null,
      fileSize: file ? file.bytes.byteLength : null,
      fileSha256: sha,
      fileData: file ? Buffer.from(file.bytes) : null,
      authorId: actor.id ?? "system",
    },
  });
  await appendEvent(tx, {
    actor,
    sessionId: input.sessionId ?? null,
    entityType: "evidence",
    entityId: evidence.id,
    action: "create",
    changes: {
      claimId: [null, claim.id],
      kind: [null, input.kind],
      text: [null, input.text],
      ...(file ? { file: [null, { name: fileName, size: file.bytes.byteLength, sha256: sha }] } : {}),
    },
  });
  return { ok: true, evidence: { id: evidence.id, claimId: claim.id, fileSha256: sha } };
}

// ── sessions ─────────────────────────────────────────────────────────────────

export type SessionWrite = { ok: true; sessionId: string } | Refusal;

export async function createSession(tx: Tx, input: CreateSessionInput, actor: Actor): Promise<SessionWrite> {
  const ids = [...new Set(input.participantIds)];
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  if (users.length !== ids.length) return refuse("INVALID", "A participant is not a known user");
  const session = await tx.reviewSession.create({
    data: {
      title: input.title,
      date: input.date,
      createdById: actor.id ?? "system",
      participants: { create: ids.map((userId) => ({ userId })) },
    },
  });
  await appendEvent(tx, {
    actor,
    sessionId: session.id,
    entityType: "session",
    entityId: session.id,
    action: "create",
    changes: { title: [null, input.title], date: [null, input.date], participants: [null, users.map((u) => u.email).sort()] },
  });
  return { ok: true, sessionId: session.id };
}

/** Appends claims to the queue (those already in it are left where they are); new claims go to in_review. */
export async function addToQueue(
  tx: Tx,
  sessionId: string,
  claimIds: string[],
  actor: Actor,
): Promise<{ ok: true; added: number; alreadyQueued: number } | Refusal> {
  const session = await openSession(tx, sessionId);
  if ("ok" in session) return session;
  const items = await tx.sessionItem.findMany({ where: { sessionId }, select: { claimId: true, position: true } });
  const queued = new Set(items.map((i) => i.claimId));
  const wanted = [...new Set(claimIds)].filter((id) => !queued.has(id));
  const claims = await tx.claim.findMany({ where: { id: { in: wanted }, archivedAt: null } });
  if (claims.length !== wanted.length) return refuse("NOT_FOUND", "A claim does not exist or is archived");
  const order = new Map(wanted.map((id, i) => [id, i]));
  claims.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  let position = items.reduce((m, i) => Math.max(m, i.position), 0);
  for (const claim of claims) {
    await tx.sessionItem.create({ data: { sessionId, claimId: claim.id, position: ++position } });
    if (claim.status === "new") {
      const moved = await writeClaim(tx, claim, { status: "in_review" }, actor);
      if (moved)
        await appendEvent(tx, {
          actor,
          sessionId,
          entityType: "claim",
          entityId: claim.id,
          action: "update",
          changes: { status: ["new", "in_review"] },
        });
    }
  }
  if (claims.length > 0)
    await appendEvent(tx, {
      actor,
      sessionId,
      entityType: "session",
      entityId: sessionId,
      action: "update",
      changes: { queue: [items.length, items.length + claims.length], added: [null, claims.map((c) => c.id)] },
    });
  return { ok: true, added: claims.length, alreadyQueued: claimIds.length - wanted.length };
}

export async function moveItem(tx: Tx, sessionId: string, claimId: string, direction: "up" | "down", actor: Actor) {
  const session = await openSession(tx, sessionId);
  if ("ok" in session) return session;
  const items = await tx.sessionItem.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
  const before = items.map((i) => i.claimId);
  if (!before.includes(claimId)) return refuse("NOT_IN_SESSION", "This claim is not in the session's queue");
  const after = moveInQueue(before, claimId, direction);
  if (after === before) return { ok: true as const };
  for (const [i, id] of after.entries()) {
    const item = items.find((it) => it.claimId === id)!;
    if (item.position !== i + 1) await tx.sessionItem.update({ where: { id: item.id }, data: { position: i + 1 } });
  }
  await appendEvent(tx, {
    actor,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "update",
    changes: { [`position of ${claimId}`]: [before.indexOf(claimId) + 1, after.indexOf(claimId) + 1] },
  });
  return { ok: true as const };
}

export type SignOffWrite = { ok: true; head: { seq: number; hash: string }; summary: SessionSummary } | Refusal;

/** Closes the session: read-only from now on, with its summary and the history head recorded. */
export async function signOff(tx: Tx, sessionId: string, version: number, actor: Actor): Promise<SignOffWrite> {
  const session = await openSession(tx, sessionId);
  if ("ok" in session) return session;
  if (session.version !== version)
    return refuse("STALE", "The session changed since you opened it (it may have been reopened): reload and try again");
  const signedOffAt = new Date();
  const { count } = await tx.reviewSession.updateMany({
    where: { id: sessionId, version },
    data: { status: "signed_off", signedOffAt, signedOffById: actor.id, version: { increment: 1 } },
  });
  if (count !== 1) return refuse("STALE", "The session changed since you opened it: reload and try again");
  const [items, participants] = await Promise.all([
    tx.sessionItem.findMany({ where: { sessionId } }),
    tx.sessionParticipant.findMany({ where: { sessionId } }),
  ]);
  const claimIds = items.map((i) => i.claimId);
  const userIds = [
    ...new Set([...participants.map((p) => p.userId), ...items.flatMap((i) => (i.decidedById ? [i.decidedById] : []))]),
  ];
  const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } });
  const label = (id: string) => ({ id, label: users.find((u) => u.id === id)?.email ?? id });
  const conflictsResolved = (
    await readLinksTouching(claimIds, (side) =>
      tx.claimLink.findMany({
        where: { type: "contradicts", status: "resolved", ...side },
        select: { id: true },
      }),
    )
  ).length;
  const summary = summarizeSession({
    items,
    participants: participants.map((p) => label(p.userId)),
    deciders: items.flatMap((i) => (i.decidedById ? [label(i.decidedById)] : [])),
    conflictsResolved,
    createdAt: session.createdAt,
    signedOffAt,
  });
  const head = await appendEvent(tx, {
    actor,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "sign_off",
    changes: { status: ["open", "signed_off"], summary: [null, summary] },
  });
  await tx.reviewSession.update({ where: { id: sessionId }, data: { signOffHeadSeq: head.seq, signOffHeadHash: head.hash } });
  return { ok: true, head, summary };
}

/** Only an admin reopens a signed-off session; the reopening is recorded. */
export async function reopenSession(tx: Tx, sessionId: string, actor: Actor, role: Role): Promise<SessionWrite> {
  if (!can(role, "reopen_session")) return refuse("FORBIDDEN", "Only an admin can reopen a signed-off session");
  const session = await tx.reviewSession.findUnique({ where: { id: sessionId } });
  if (!session) return refuse("NOT_FOUND", "The review session does not exist");
  if (session.status !== "signed_off") return refuse("NOT_SIGNED_OFF", "The session is not signed off");
  await tx.reviewSession.update({
    where: { id: sessionId },
    data: {
      status: "open",
      signedOffAt: null,
      signedOffById: null,
      signOffHeadSeq: null,
      signOffHeadHash: null,
      version: { increment: 1 },
    },
  });
  await appendEvent(tx, {
    actor,
    sessionId,
    entityType: "session",
    entityId: sessionId,
    action: "reopen",
    changes: {
      status: ["signed_off", "open"],
      signOffHead: [{ seq: session.signOffHeadSeq, hash: session.signOffHeadHash }, null],
    },
  });
  return { ok: true, sessionId };
}
