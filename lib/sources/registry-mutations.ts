import "server-only";
// The starter registry of sources (lib/sources/registry-seed.ts) loaded into a desk's database.
import type { Db, Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { aliasKey } from "./aliases";
import { REGISTRY_SEED } from "./registry-seed";

export const REGISTRY_ACTOR: Actor = { id: null, label: "source registry" };

/**
 * Loads the starter registry: a seed entry is the source holding the key of its name (or of one of
 * its aliases); missing sources and aliases are added, memberships filled in. Running it again
 * writes nothing. An alias already naming another source is left with that source.
 */
export async function loadRegistrySeed(tx: Tx, actor: Actor = REGISTRY_ACTOR): Promise<{ created: number; updated: number }> {
  const keysOf = (s: (typeof REGISTRY_SEED)[number]) => [
    ...new Set([s.name, ...s.aliases, ...(s.quotedAliases ?? [])].map(aliasKey).filter(Boolean)),
  ];
  const allKeys = [...new Set(REGISTRY_SEED.flatMap(keysOf))];
  const existing = await tx.sourceAlias.findMany({
    where: { key: { in: allKeys } },
    select: { key: true, sourceId: true, source: { select: { mergedIntoId: true } } },
  });
  const owner = new Map<string, string>();
  for (const a of existing) if (!owner.has(a.key)) owner.set(a.key, a.source.mergedIntoId ?? a.sourceId);

  const dbId = new Map<string, string>();
  const created: { seedId: string; id: string; aliases: string[] }[] = [];
  let updated = 0;
  for (const seed of REGISTRY_SEED) {
    const keys = keysOf(seed);
    const found = owner.get(aliasKey(seed.name)) ?? keys.map((k) => owner.get(k)).find(Boolean);
    const spellings = new Map<string, string>();
    for (const a of [seed.name, ...seed.aliases, ...(seed.quotedAliases ?? [])]) {
      const k = aliasKey(a);
      if (k && !spellings.has(k) && !owner.has(k)) spellings.set(k, a);
    }
    const aliases = [...spellings].map(([key, alias]) => ({ key, alias }));
    if (found) {
      dbId.set(seed.id, found);
      // a source the importer created from an outlet name (never edited, ungraded) takes the registry's grade
      const row = await tx.source.findUniqueOrThrow({ where: { id: found }, select: { reliability: true, version: true } });
      const regrade =
        row.version === 1 && row.reliability === "F" && seed.reliability && seed.reliability !== "F" ? seed.reliability : null;
      if (aliases.length === 0 && !regrade) continue;
      if (aliases.length > 0) await tx.sourceAlias.createMany({ data: aliases.map((a) => ({ ...a, sourceId: found })) });
      if (regrade) await tx.source.update({ where: { id: found }, data: { reliability: regrade, version: { increment: 1 } } });
      for (const a of aliases) owner.set(a.key, found);
      await appendEvent(tx, {
        actor,
        entityType: "source",
        entityId: found,
        action: "update",
        changes: {
          ...(aliases.length > 0 ? { aliases: [null, aliases.map((a) => a.alias)] } : {}),
          ...(regrade ? { reliability: [row.reliability, regrade] } : {}),
        },
      });
      updated++;
      continue;
    }
    const source = await tx.source.create({
      data: {
        name: seed.name,
        kind: seed.kind,
        reliability: seed.reliability ?? "F",
        aliases: { createMany: { data: aliases } },
      },
    });
    for (const a of aliases) owner.set(a.key, source.id);
    dbId.set(seed.id, source.id);
    created.push({ seedId: seed.id, id: source.id, aliases: aliases.map((a) => a.alias) });
  }

  const createdIds = new Set(created.map((c) => c.id));
  const memberOf = new Map<string, string>();
  for (const seed of REGISTRY_SEED) {
    const body = seed.memberOf?.map((m) => dbId.get(m.bodyId)).find(Boolean);
    const member = dbId.get(seed.id);
    if (!body || !member || body === member) continue;
    if (!createdIds.has(member)) {
      const row = await tx.source.findUniqueOrThrow({ where: { id: member }, select: { memberOfId: true } });
      if (row.memberOfId) continue;
      await tx.source.update({ where: { id: member }, data: { memberOfId: body, version: { increment: 1 } } });
      await appendEvent(tx, {
        actor,
        entityType: "source",
        entityId: member,
        action: "update",
        changes: { memberOf: [null, body] },
      });
      updated++;
    } else {
      await tx.source.update({ where: { id: member }, data: { memberOfId: body } });
      memberOf.set(member, body);
    }
  }
  for (const c of created) {
    const seed = REGISTRY_SEED.find((s) => s.id === c.seedId)!;
    await appendEvent(tx, {
      actor,
      entityType: "source",
      entityId: c.id,
      action: "create",
      changes: {
        name: [null, seed.name],
        kind: [null, seed.kind],
        reliability: [null, seed.reliability ?? "F"],
        aliases: [null, c.aliases],
        ...(memberOf.has(c.id) ? { memberOf: [null, memberOf.get(c.id)] } : {}),
        registryKey: [null, seed.id],
      },
    });
  }
  return { created: created.length, updated };
}

const loaded = new WeakMap<object, Promise<void>>();

/** Loads the registry seed once per database client (imports call it before their first write). */
export function ensureRegistry(db: Db): Promise<void> {
  let p = loaded.get(db);
  if (!p) {
    p = db
      .$transaction((tx) => loadRegistrySeed(tx), { timeout: 60_000, maxWait: 60_000 })
      .then(() => undefined)
      .catch((error) => {
        loaded.delete(db);
        throw error;
      });
    loaded.set(db, p);
  }
  return p;
}
