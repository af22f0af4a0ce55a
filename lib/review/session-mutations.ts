// Review sessions: creating one, its queue, sign-off and an admin's reopening.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { readLinksTouching } from "@/lib/db/chunks";
import { can, type Role } from "@/lib/auth/roles";
import { openSession, refuse, writeClaim, type Refusal } from "./mutations";
import { moveInQueue, summarizeSession, type SessionSummary } from "./rules";
import type { CreateSessionInput } from "./schema";

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
