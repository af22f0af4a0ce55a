import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { makeAnchor } from "@/lib/text/anchor";
import { normalizeArabic } from "@/lib/text/normalize";
import { prefillAttributions } from "@/lib/sources/mutations";
import { refreshClaimLinks } from "@/lib/links/mutations";
import { proposeSameClaim } from "@/lib/matching/mutations";
import { toClaimDto, type ClaimDto } from "./dto";
import type { ClaimRefusal, EditClaimInput, SpanInput } from "./schema";
import { checkClaimSpan } from "./span-rules";

export type ClaimResult =
  { ok: true; claim: ClaimDto } | { ok: false; reason: ClaimRefusal; message: string; current?: ClaimDto };

const refuse = (reason: ClaimRefusal, message: string, current?: ClaimDto): ClaimResult => ({
  ok: false,
  reason,
  message,
  current,
});

/** The normalized text the search index reads for a claim: its quote and statement. */
export function claimSearchText(quote: string, statement: string | null | undefined) {
  return normalizeArabic(statement ? `${quote} ${statement}` : quote);
}

async function currentRevision(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId } });
  if (!article?.currentRevisionId) return null;
  const revision = await tx.articleRevision.findUniqueOrThrow({ where: { id: article.currentRevisionId } });
  return { article, revision };
}

export async function createClaim(
  tx: Tx,
  input: SpanInput,
  actor: Actor,
  origin: { suggestionId?: string } = {},
): Promise<ClaimResult> {
  const found = await currentRevision(tx, input.articleId);
  if (!found) return refuse("NOT_FOUND", "The article does not exist");
  if (found.article.archivedAt) return refuse("ARCHIVED", "The article is archived");
  const { revision } = found;
  const existing = await tx.claim.findMany({
    where: { revisionId: revision.id, archivedAt: null },
    select: { start: true, end: true },
  });
  const furniture = revision.furniture as Array<{ start: number; end: number }>;
  const check = checkClaimSpan(revision.text, input.start, input.end, furniture, existing);
  if (!check.ok) return refuse(check.reason, check.message);
  const anchor = makeAnchor(revision.text, input.start, input.end);
  const claim = await tx.claim.create({
    data: {
      articleId: input.articleId,
      revisionId: revision.id,
      ...anchor,
      statement: input.statement ?? null,
      searchText: claimSearchText(anchor.quote, input.statement),
      createdById: actor.id,
      updatedById: actor.id,
    },
  });
  await appendEvent(tx, {
    actor,
    entityType: "claim",
    entityId: claim.id,
    action: "create",
    changes: {
      articleId: [null, input.articleId],
      start: [null, anchor.start],
      end: [null, anchor.end],
      quote: [null, anchor.quote],
      ...(input.statement ? { statement: [null, input.statement] } : {}),
      ...(origin.suggestionId ? { suggestionId: [null, origin.suggestionId] } : {}),
    },
  });
  const sourcingStrength = await prefillAttributions(tx, claim.id, revision.text, anchor);
  await refreshClaimLinks(tx, claim.id);
  await proposeSameClaim(tx, claim.id);
  return { ok: true, claim: toClaimDto({ ...claim, sourcingStrength }) };
}

export async function acceptSuggestion(tx: Tx, suggestionId: string, actor: Actor): Promise<ClaimResult> {
  const s = await tx.suggestion.findUnique({ where: { id: suggestionId } });
  if (!s) return refuse("NOT_FOUND", "The suggestion does not exist");
  if (s.state === "accepted") return refuse("ALREADY_ACCEPTED", "This suggestion was already accepted");
  const result = await createClaim(tx, { articleId: s.articleId, start: s.start, end: s.end }, actor, { suggestionId });
  if (!result.ok) return result;
  await tx.suggestion.update({
    where: { id: s.id },
    data: { state: "accepted", claimId: result.claim.id, decidedById: actor.id, decidedAt: new Date() },
  });
  await appendEvent(tx, {
    actor,
    entityType: "suggestion",
    entityId: s.id,
    action: "accept",
    changes: { state: [s.state, "accepted"], claimId: [null, result.claim.id] },
  });
  return result;
}

export type SuggestionResult = { ok: true } | { ok: false; reason: ClaimRefusal; message: string };

export async function rejectSuggestion(tx: Tx, suggestionId: string, actor: Actor): Promise<SuggestionResult> {
  const s = await tx.suggestion.findUnique({ where: { id: suggestionId } });
  if (!s) return { ok: false, reason: "NOT_FOUND", message: "The suggestion does not exist" };
  if (s.state === "accepted")
    return { ok: false, reason: "ALREADY_ACCEPTED", message: "This suggestion was already accepted as a claim" };
  if (s.state === "rejected") return { ok: false, reason: "ALREADY_REJECTED", message: "This suggestion was already rejected" };
  await tx.suggestion.update({ where: { id: s.id }, data: { state: "rejected", decidedById: actor.id, decidedAt: new Date() } });
  await appendEvent(tx, {
    actor,
    entityType: "suggestion",
    entityId: s.id,
    action: "reject",
    changes: { state: [s.state, "rejected"] },
  });
  return { ok: true };
}

/** Widens/narrows a claim or changes its statement; refuses a stale version with the current values. */
export async function editClaim(tx: Tx, input: EditClaimInput, actor: Actor): Promise<ClaimResult> {
  const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived");
  if (claim.version !== input.version) {
    return refuse(
      "STALE",
      "Someone changed this claim since you opened it: review the current values and try again",
      toClaimDto(claim),
    );
  }
  const revision = await tx.articleRevision.findUniqueOrThrow({ where: { id: claim.revisionId } });
  const start = input.start ?? claim.start;
  const end = input.end ?? claim.end;
  let anchor = { start: claim.start, end: claim.end, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
  if (start !== claim.start || end !== claim.end) {
    const others = await tx.claim.findMany({
      where: { revisionId: revision.id, archivedAt: null, id: { not: claim.id } },
      select: { start: true, end: true },
    });
    const check = checkClaimSpan(revision.text, start, end, revision.furniture as Array<{ start: number; end: number }>, others);
    if (!check.ok) return refuse(check.reason, check.message);
    anchor = makeAnchor(revision.text, start, end);
  }
  const statement = input.statement === undefined ? claim.statement : input.statement || null;
  const changes: Record<string, [unknown, unknown]> = {};
  if (anchor.start !== claim.start) changes.start = [claim.start, anchor.start];
  if (anchor.end !== claim.end) changes.end = [claim.end, anchor.end];
  if (anchor.quote !== claim.quote) changes.quote = [claim.quote, anchor.quote];
  if (statement !== claim.statement) changes.statement = [claim.statement, statement];
  if (Object.keys(changes).length === 0) return { ok: true, claim: toClaimDto(claim) };
  const updated = await tx.claim.update({
    where: { id: claim.id, version: claim.version },
    data: {
      ...anchor,
      statement,
      searchText: claimSearchText(anchor.quote, statement),
      version: { increment: 1 },
      updatedById: actor.id,
    },
  });
  await appendEvent(tx, { actor, entityType: "claim", entityId: claim.id, action: "update", changes });
  if (changes.quote || changes.statement) await refreshClaimLinks(tx, claim.id);
  return { ok: true, claim: toClaimDto(updated) };
}

/** Archiving hides a claim from work lists; it is never erased. */
export async function archiveClaim(tx: Tx, claimId: string, version: number, actor: Actor): Promise<ClaimResult> {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is already archived");
  if (claim.version !== version) return refuse("STALE", "Someone changed this claim since you opened it", toClaimDto(claim));
  const updated = await tx.claim.update({
    where: { id: claimId, version },
    data: { archivedAt: new Date(), version: { increment: 1 }, updatedById: actor.id },
  });
  await appendEvent(tx, {
    actor,
    entityType: "claim",
    entityId: claimId,
    action: "archive",
    changes: { archivedAt: [null, updated.archivedAt?.toISOString()] },
  });
  return { ok: true, claim: toClaimDto(updated) };
}

export type BulkStatusResult = { ok: true; changed: number; stale: string[] };

/** Sets the workflow status of several claims; a claim changed since the editor loaded it is skipped and reported. */
export async function setStatusBulk(
  tx: Tx,
  items: Array<{ id: string; version: number }>,
  status: string,
  actor: Actor,
): Promise<BulkStatusResult> {
  let changed = 0;
  const stale: string[] = [];
  for (const item of items) {
    const claim = await tx.claim.findUnique({ where: { id: item.id } });
    if (!claim || claim.archivedAt || claim.version !== item.version) {
      stale.push(item.id);
      continue;
    }
    if (claim.status === status) continue;
    await tx.claim.update({
      where: { id: claim.id, version: claim.version },
      data: { status, version: { increment: 1 }, updatedById: actor.id },
    });
    await appendEvent(tx, {
      actor,
      entityType: "claim",
      entityId: claim.id,
      action: "update",
      changes: { status: [claim.status, status] },
    });
    changed++;
  }
  return { ok: true, changed, stale };
}
