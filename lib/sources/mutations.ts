import "server-only";
import type { Tx } from "@/lib/db/client";
import { toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { aliasKey } from "./aliases";
import { claimSourcing, corroboratingNeighbours, loadAttributionRegistry } from "./data";
import { attributionInput, type AttributionDto, type ClaimSourcing, type SourceRef } from "./dto";
import { DEFAULT_CREDIBILITY, sourcingStrength, type Reliability } from "./grading";
import type { AddAliasInput, CreateSourceInput, SetAttributionsInput, SourceRefusal } from "./schema";
import { suggestAttribution } from "./suggest-attribution";

const SUGGESTER: Actor = { id: null, label: "attribution suggester" };

export type Refused = { ok: false; reason: SourceRefusal; message: string; current?: unknown; existing?: SourceRef };
export const refuse = (reason: SourceRefusal, message: string, extra: Partial<Refused> = {}): Refused => ({
  ok: false,
  reason,
  message,
  ...extra,
});

// ── sources ──────────────────────────────────────────────────────────────────

async function aliasOwner(tx: Tx, key: string) {
  const a = await tx.sourceAlias.findFirst({
    where: { key },
    include: { source: { select: { id: true, name: true, mergedIntoId: true } } },
  });
  if (!a) return null;
  if (!a.source.mergedIntoId) return { id: a.source.id, name: a.source.name };
  return tx.source.findUnique({ where: { id: a.source.mergedIntoId }, select: { id: true, name: true } });
}

export type SourceResult = { ok: true; source: SourceRef } | Refused;

/** A new source named as typed; its name is its first alias. An alias already in use is refused. */
export async function createSource(tx: Tx, input: CreateSourceInput, actor: Actor): Promise<SourceResult> {
  const key = aliasKey(input.name);
  if (!key) return refuse("INVALID", "The name has no letters or digits");
  const taken = await aliasOwner(tx, key);
  if (taken) return refuse("DUPLICATE", `"${input.name}" already names the source ${taken.name}`, { existing: taken });
  const reliability = input.reliability ?? "F";
  const source = await tx.source.create({
    data: { name: input.name, kind: input.kind, reliability, aliases: { create: { alias: input.name, key } } },
  });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: source.id,
    action: "create",
    changes: {
      name: [null, input.name],
      kind: [null, input.kind],
      reliability: [null, reliability],
      aliases: [null, [input.name]],
    },
  });
  return { ok: true, source: { id: source.id, name: source.name } };
}

export async function addAlias(tx: Tx, input: AddAliasInput, actor: Actor): Promise<SourceResult> {
  const source = await tx.source.findUnique({ where: { id: input.sourceId } });
  if (!source) return refuse("NOT_FOUND", "The source does not exist");
  if (source.mergedIntoId) return refuse("MERGED", "This source was merged into another one: add the alias there");
  const key = aliasKey(input.alias);
  if (!key) return refuse("INVALID", "The alias has no letters or digits");
  const taken = await aliasOwner(tx, key);
  if (taken)
    return refuse(
      "DUPLICATE",
      taken.id === source.id ? "This source already has that alias" : `"${input.alias}" already names the source ${taken.name}`,
      { existing: taken },
    );
  await tx.sourceAlias.create({ data: { sourceId: source.id, alias: input.alias, key } });
  await tx.source.update({ where: { id: source.id }, data: { version: { increment: 1 } } });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: source.id,
    action: "update",
    changes: { alias: [null, input.alias] },
  });
  return { ok: true, source: { id: source.id, name: source.name } };
}

/**
 * Merges `from` into `into`: aliases, attributions, relays, articles and members move; `from` stays
 * as a row pointing at `into`, so its id still resolves and both ids keep their history.
 */
// ── attributions and sourcing strength ───────────────────────────────────────

/**
 * Recomputes and stores the sourcing strength of these claims and of the claims that corroborate
 * them (their independent origins may have changed). Call it in the transaction that changes
 * attributions or `corroborates` links. A derived value: no version bump, no history event.
 */
export async function refreshSourcingStrength(tx: Tx, claimIds: string[]): Promise<Map<string, ClaimSourcing>> {
  if (claimIds.length === 0) return new Map();
  const neighbours = await corroboratingNeighbours(tx, claimIds);
  const ids = new Set(claimIds);
  for (const list of neighbours.values()) for (const n of list) ids.add(n);
  const sourcing = await claimSourcing(tx, [...ids]);
  const stored = await tx.claim.findMany({ where: { id: { in: [...ids] } }, select: { id: true, sourcingStrength: true } });
  for (const c of stored) {
    const s = sourcing.get(c.id)!.sourcingStrength;
    if (s !== c.sourcingStrength) await tx.claim.update({ where: { id: c.id }, data: { sourcingStrength: s } });
  }
  return sourcing;
}

type AttributionRow = {
  position: number;
  kind: string;
  channel: string | null;
  sourceId: string | null;
  affiliation: string | null;
  viaId: string | null;
  reliability: string;
  credibility: number;
  cue: string | null;
};

function historyForm(rows: AttributionRow[]) {
  return rows.map(({ kind, channel, sourceId, affiliation, viaId, reliability, credibility, cue }) => ({
    kind,
    channel,
    sourceId,
    affiliation,
    viaId,
    reliability,
    credibility,
    cue,
  }));
}

/** The suggester's attributions for a span of an article text, resolved to registry sources. */
export async function suggestedAttributions(
  tx: Tx,
  text: string,
  spans: { start: number; end: number }[],
): Promise<AttributionDto[][]> {
  const registry = await loadAttributionRegistry(tx);
  const nameOf = new Map(registry.map((r) => [r.id, r.name ?? r.aliases[0]]));
  const ref = (id: string | null) => (id && nameOf.has(id) ? { id, name: nameOf.get(id)! } : null);
  return spans.map((span) =>
    suggestAttribution(text, span, registry).map((s) => ({
      kind: s.kind,
      channel: s.channel,
      source: ref(s.sourceId),
      affiliation: s.affiliation ? (nameOf.get(s.affiliation) ?? s.affiliation) : null,
      via: ref(s.via),
      reliability: s.reliability,
      credibility: s.credibility,
      cue: s.cue,
    })),
  );
}

/**
 * Pre-fills a new claim's attributions from the suggester; they stay unconfirmed until an editor
 * sets or confirms them (an `attribute` event). Returns the stored sourcing strength.
 */
export async function prefillAttributions(tx: Tx, claimId: string, text: string, span: { start: number; end: number }) {
  const [suggested] = await suggestedAttributions(tx, text, [span]);
  const rows: AttributionRow[] = suggested.map((a, position) => ({ position, ...attributionInput(a) }));
  if (rows.length === 0) return 0;
  await tx.attribution.createMany({ data: rows.map((r) => ({ ...r, claimId })) });
  const strength = sourcingStrength({ attributions: suggested, independentOrigins: 1 });
  await tx.claim.update({ where: { id: claimId }, data: { sourcingStrength: strength } });
  await appendEvent(tx, {
    actor: SUGGESTER,
    entityType: "claim",
    entityId: claimId,
    action: "suggest",
    changes: { attributions: [null, historyForm(rows)], sourcingStrength: [0, strength] },
  });
  return strength;
}

export type ClaimWithSourcing = ClaimDto & ClaimSourcing;
export type AttributionsResult = { ok: true; claim: ClaimWithSourcing } | Refused;

export async function withSourcing(tx: Tx, claim: Parameters<typeof toClaimDto>[0]): Promise<ClaimWithSourcing> {
  const s = (await claimSourcing(tx, [claim.id])).get(claim.id)!;
  return { ...toClaimDto(claim), ...s, sourcingStrength: claim.sourcingStrength };
}

/**
 * Replaces a claim's attributions (an empty list clears them) with the claim's version, fills in
 * grades the editor left out (the source's default reliability, the kind's starting credibility),
 * and stores the new sourcing strength in the same transaction.
 */
export async function setAttributions(tx: Tx, input: SetAttributionsInput, actor: Actor): Promise<AttributionsResult> {
  const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived: restore it before changing its attribution");
  if (claim.version !== input.version)
    return refuse("STALE", "Someone changed this claim since you opened it: review the current values and try again", {
      current: await withSourcing(tx, claim),
    });
  const ids = [...new Set(input.attributions.flatMap((a) => [a.sourceId, a.viaId]).filter((x): x is string => Boolean(x)))];
  const sources = await tx.source.findMany({
    where: { id: { in: ids } },
    select: { id: true, reliability: true, mergedIntoId: true },
  });
  const known = new Map(sources.map((s) => [s.id, s]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return refuse("UNKNOWN_SOURCE", `Unknown source id: ${unknown.join(", ")}`);
  const targets = await tx.source.findMany({
    where: { id: { in: sources.map((s) => s.mergedIntoId).filter((x): x is string => Boolean(x)) } },
    select: { id: true, reliability: true, mergedIntoId: true },
  });
  for (const t of targets) known.set(t.id, t);
  const resolve = (id: string | null) => (id ? (known.get(id)!.mergedIntoId ?? id) : null);
  const rows: AttributionRow[] = input.attributions.map((a, position) => {
    const sourceId = resolve(a.sourceId);
    return {
      position,
      kind: a.kind,
      channel: a.channel,
      sourceId,
      affiliation: a.affiliation,
      viaId: resolve(a.viaId),
      reliability: a.reliability ?? ((sourceId ? known.get(sourceId)?.reliability : null) as Reliability | null) ?? "F",
      credibility: a.credibility ?? DEFAULT_CREDIBILITY[a.kind],
      cue: a.cue,
    };
  });
  const before = await tx.attribution.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } });
  await tx.attribution.deleteMany({ where: { claimId: claim.id } });
  if (rows.length > 0) await tx.attribution.createMany({ data: rows.map((r) => ({ ...r, claimId: claim.id })) });
  const sourcing = await refreshSourcingStrength(tx, [claim.id]);
  const strength = sourcing.get(claim.id)!.sourcingStrength;
  const updated = await tx.claim.update({
    where: { id: claim.id, version: claim.version },
    data: { version: { increment: 1 }, updatedById: actor.id, sourcingStrength: strength },
  });
  await appendEvent(tx, {
    actor,
    entityType: "claim",
    entityId: claim.id,
    action: "attribute",
    changes: {
      attributions: [historyForm(before), historyForm(rows)],
      ...(strength !== claim.sourcingStrength ? { sourcingStrength: [claim.sourcingStrength, strength] } : {}),
    },
  });
  return { ok: true, claim: { ...toClaimDto(updated), ...sourcing.get(claim.id)!, attributionsConfirmed: true } };
}
