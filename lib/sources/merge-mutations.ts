import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent, appendEvents } from "@/lib/history/mutations";
import type { Actor, NewEvent } from "@/lib/history/schema";
import { refreshSourcingStrength, refuse, type SourceResult } from "./mutations";
import type { MergeSourcesInput, SplitSourceInput } from "./schema";

// Merging two registry entries moves what pointed at one to the other: aliases, the attributions and
// relays of claims, the outlet of articles, members. Each moved claim and article gets its own event
// and a new version (an editor's open form on it is refused as stale), the merge event lists what
// moved, and an admin's split moves exactly that back.

type MovedAttribution = { id: string; claimId: string; role: "source" | "via" };
/** What a merge moved, as recorded in its event: the split reads it back. */
type Moved = { aliases: string[]; attributions: MovedAttribution[]; outlets: string[]; members: string[] };

const bump = { version: { increment: 1 } } as const;

/** One event per moved claim and article, old → new source. */
function recordEvents(actor: Actor, action: "merge" | "split", moved: Moved, from: string, to: string): NewEvent[] {
  const byClaim = new Map<string, Record<string, [unknown, unknown]>>();
  for (const a of moved.attributions)
    byClaim.set(a.claimId, { ...byClaim.get(a.claimId), [a.role === "source" ? "attributedTo" : "relayedBy"]: [from, to] });
  const claims: NewEvent[] = [...byClaim].map(([entityId, changes]) => ({
    actor,
    entityType: "claim",
    entityId,
    action,
    changes,
  }));
  const articles: NewEvent[] = moved.outlets.map((entityId) => ({
    actor,
    entityType: "article",
    entityId,
    action,
    changes: { outlet: [from, to] },
  }));
  return [...claims, ...articles];
}

/** Moves the rows listed in `moved` from one source to the other and bumps every moved record. */
async function move(tx: Tx, moved: Moved, to: string) {
  const ids = (role: MovedAttribution["role"]) => moved.attributions.filter((a) => a.role === role).map((a) => a.id);
  await tx.sourceAlias.updateMany({ where: { id: { in: moved.aliases } }, data: { sourceId: to } });
  await tx.attribution.updateMany({ where: { id: { in: ids("source") } }, data: { sourceId: to } });
  await tx.attribution.updateMany({ where: { id: { in: ids("via") } }, data: { viaId: to } });
  await tx.claim.updateMany({ where: { id: { in: [...new Set(moved.attributions.map((a) => a.claimId))] } }, data: bump });
  await tx.article.updateMany({ where: { id: { in: moved.outlets } }, data: { outletId: to, ...bump } });
  await tx.source.updateMany({ where: { id: { in: moved.members } }, data: { memberOfId: to, ...bump } });
}

export async function mergeSources(tx: Tx, input: MergeSourcesInput, actor: Actor): Promise<SourceResult> {
  if (input.fromId === input.intoId) return refuse("SELF_MERGE", "A source cannot be merged into itself");
  const from = await tx.source.findUnique({ where: { id: input.fromId }, include: { aliases: true } });
  const into = await tx.source.findUnique({ where: { id: input.intoId }, include: { aliases: true } });
  if (!from || !into) return refuse("NOT_FOUND", `The source ${!from ? input.fromId : input.intoId} does not exist`);
  if (from.mergedIntoId) return refuse("MERGED", `${from.name} was already merged into another source`);
  if (into.mergedIntoId) return refuse("MERGED", `${into.name} was merged into another source: merge into that one`);
  for (const [s, seen] of [
    [from, input.fromVersion],
    [into, input.intoVersion],
  ] as const)
    if (seen !== undefined && s.version !== seen)
      return refuse("STALE", `${s.name} was changed by someone else (version ${s.version}, not ${seen}): reload and merge again`);
  if (into.memberOfId === from.id) return refuse("INVALID", `${into.name} is a member of ${from.name}: it cannot absorb it`);

  const intoKeys = new Set(into.aliases.map((a) => a.key));
  const attributions = await tx.attribution.findMany({
    where: { OR: [{ sourceId: from.id }, { viaId: from.id }] },
    select: { id: true, claimId: true, sourceId: true, viaId: true },
  });
  const moved: Moved = {
    aliases: from.aliases.filter((a) => !intoKeys.has(a.key)).map((a) => a.id),
    attributions: attributions.flatMap((a) => [
      ...(a.sourceId === from.id ? [{ id: a.id, claimId: a.claimId, role: "source" as const }] : []),
      ...(a.viaId === from.id ? [{ id: a.id, claimId: a.claimId, role: "via" as const }] : []),
    ]),
    outlets: (await tx.article.findMany({ where: { outletId: from.id }, select: { id: true } })).map((a) => a.id),
    members: (await tx.source.findMany({ where: { memberOfId: from.id, id: { not: into.id } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  };
  // Aliases the target already has are duplicates: they go with the merge (the split gives them back).
  const dropped = from.aliases.filter((a) => intoKeys.has(a.key)).map((a) => ({ alias: a.alias, key: a.key }));
  await move(tx, moved, into.id);
  await tx.sourceAlias.deleteMany({ where: { sourceId: from.id } });
  const memberOfId = into.memberOfId ?? (from.memberOfId !== into.id ? from.memberOfId : null);
  await tx.source.update({ where: { id: into.id }, data: { memberOfId, ...bump } });
  await tx.source.update({ where: { id: from.id }, data: { mergedIntoId: into.id, memberOfId: null, ...bump } });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: from.id,
    action: "merge",
    changes: {
      mergedInto: [null, into.id],
      name: [from.name, from.name],
      memberOf: [from.memberOfId, null],
      moved: [null, moved],
      droppedAliases: [null, dropped],
    },
  });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: into.id,
    action: "merge",
    changes: {
      mergedFrom: [null, from.id],
      aliases: [null, from.aliases.filter((a) => moved.aliases.includes(a.id)).map((a) => a.alias)],
      ...(memberOfId !== into.memberOfId ? { memberOf: [into.memberOfId, memberOfId] } : {}),
    },
  });
  await appendEvents(tx, recordEvents(actor, "merge", moved, from.id, into.id));
  await refreshSourcingStrength(tx, [...new Set(moved.attributions.map((a) => a.claimId))]);
  return { ok: true, source: { id: into.id, name: into.name } };
}

/**
 * Undoes a merge (an admin's decision): what the merge moved goes back to the merged source, unless
 * an editor has since pointed it elsewhere, and the source stands on its own again.
 */
export async function splitSource(tx: Tx, input: SplitSourceInput, actor: Actor): Promise<SourceResult> {
  const source = await tx.source.findUnique({ where: { id: input.sourceId } });
  if (!source) return refuse("NOT_FOUND", `The source ${input.sourceId} does not exist`);
  if (!source.mergedIntoId) return refuse("NOT_MERGED", `${source.name} is not merged into another source`);
  if (source.version !== input.version)
    return refuse("STALE", `${source.name} was changed by someone else (version ${source.version}, not ${input.version})`);
  const into = source.mergedIntoId;
  const event = await tx.reviewEvent.findFirst({
    where: { entityType: "source", entityId: source.id, action: "merge" },
    orderBy: { seq: "desc" },
  });
  const changes = event ? (JSON.parse(event.changes) as Record<string, [unknown, unknown]>) : {};
  const recorded = (changes.moved?.[1] ?? { aliases: [], attributions: [], outlets: [], members: [] }) as Moved;
  const dropped = (changes.droppedAliases?.[1] ?? []) as { alias: string; key: string }[];
  const memberOf = (changes.memberOf?.[0] ?? null) as string | null;

  // Only what still points where the merge put it goes back.
  const stillSource = await tx.attribution.findMany({
    where: { id: { in: recorded.attributions.map((a) => a.id) } },
    select: { id: true, sourceId: true, viaId: true },
  });
  const current = new Map(stillSource.map((a) => [a.id, a]));
  const back: Moved = {
    aliases: (
      await tx.sourceAlias.findMany({ where: { id: { in: recorded.aliases }, sourceId: into }, select: { id: true } })
    ).map((a) => a.id),
    attributions: recorded.attributions.filter((a) => {
      const row = current.get(a.id);
      return row && (a.role === "source" ? row.sourceId : row.viaId) === into;
    }),
    outlets: (await tx.article.findMany({ where: { id: { in: recorded.outlets }, outletId: into }, select: { id: true } })).map(
      (a) => a.id,
    ),
    members: (await tx.source.findMany({ where: { id: { in: recorded.members }, memberOfId: into }, select: { id: true } })).map(
      (s) => s.id,
    ),
  };
  await move(tx, back, source.id);
  if (dropped.length > 0) await tx.sourceAlias.createMany({ data: dropped.map((a) => ({ ...a, sourceId: source.id })) });
  await tx.source.update({ where: { id: source.id }, data: { mergedIntoId: null, memberOfId: memberOf, ...bump } });
  await tx.source.update({ where: { id: into }, data: bump });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: source.id,
    action: "split",
    changes: { mergedInto: [into, null], memberOf: [null, memberOf], movedBack: [null, back] },
  });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: into,
    action: "split",
    changes: { splitOff: [null, source.id] },
  });
  await appendEvents(tx, recordEvents(actor, "split", back, into, source.id));
  await refreshSourcingStrength(tx, [...new Set(back.attributions.map((a) => a.claimId))]);
  return { ok: true, source: { id: source.id, name: source.name } };
}
