import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { refreshClaimLinks } from "@/lib/links/mutations";
import { aliasKey } from "@/lib/sources/aliases";
import type { Pack } from "./pack-schema";
import { SHIPPED_PACKS } from "./shipped";
import {
  addKnowledgeAliasSchema,
  createActorSchema,
  createPlaceSchema,
  setBareTermSchema,
  setPackEnabledSchema,
  updateActorSchema,
  updatePlaceSchema,
  type AddKnowledgeAliasInput,
  type CreateActorInput,
  type CreatePlaceInput,
  type SetBareTermInput,
  type SetPackEnabledInput,
  type UpdateActorInput,
  type UpdatePlaceInput,
} from "./schema";

export const KNOWLEDGE_LOADER: Actor = { id: null, label: "knowledge packs" };

export type KnowledgeRefusal = "NOT_FOUND" | "STALE" | "ALIAS_TAKEN" | "CYCLE";
export type Refused = { ok: false; reason: KnowledgeRefusal; message: string };
export type Edited = { ok: true; id: string; version: number; reanalysed: number };
export type EditResult = Edited | Refused;
const refuse = (reason: KnowledgeRefusal, message: string): Refused => ({ ok: false, reason, message });
const stale = (what: string) =>
  refuse("STALE", `Someone changed this ${what} since you opened it: review the current values and try again`);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Every knowledge write bumps the stamp the analysis caches its compiled knowledge by. */
async function bump(tx: Tx) {
  await tx.knowledgeHead.upsert({
    where: { id: 1 },
    create: { id: 1, revision: 1, stamp: randomUUID() },
    update: { revision: { increment: 1 }, stamp: randomUUID() },
  });
}

/** A key for a new entry from its English name, made unique in its table. */
async function freshKey(name: string, taken: (key: string) => Promise<boolean>) {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "entry";
  for (let i = 1; ; i++) {
    const key = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(key))) return key;
  }
}

/**
 * Re-runs features and link detection for the claims whose text mentions one of the terms. Detection
 * only proposes: links an editor confirmed, dismissed or resolved are never touched.
 */
async function reanalyse(tx: Tx, terms: string[]): Promise<number> {
  const keys = [...new Set(terms.map(aliasKey).filter((k) => k.length > 1))];
  if (keys.length === 0) return 0;
  const claims = await tx.claim.findMany({
    where: { archivedAt: null, OR: keys.flatMap((k) => [{ searchText: { contains: k } }, { quote: { contains: k } }]) },
    select: { id: true },
    take: 500,
  });
  for (const c of claims) await refreshClaimLinks(tx, c.id);
  return claims.length;
}

// ── entity aliases and cycles ───────────────────────────────────────────────

async function entityAliasTaken(tx: Tx, key: string, ownId: string | null): Promise<Refused | null> {
  const owner = await tx.sourceAlias.findFirst({
    where: { key, ...(ownId ? { sourceId: { not: ownId } } : {}) },
    include: { source: { select: { name: true } } },
  });
  return owner ? refuse("ALIAS_TAKEN", `"${owner.alias}" already names ${owner.source.name}`) : null;
}

/** True when `start` is `id` or lies under it by following `up` (a parent or a membership). */
async function reaches(start: string | null, id: string, up: (id: string) => Promise<string | null>) {
  const seen = new Set<string>();
  for (let at = start; at && !seen.has(at); at = await up(at)) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}
const memberUp = (tx: Tx) => async (id: string) =>
  (await tx.source.findUnique({ where: { id }, select: { memberOfId: true } }))?.memberOfId ?? null;
const parentUp = (tx: Tx) => async (id: string) =>
  (await tx.place.findUnique({ where: { id }, select: { parentId: true } }))?.parentId ?? null;

async function placeAliasTaken(tx: Tx, keys: string[], ownId: string | null): Promise<Refused | null> {
  const wanted = new Set(keys);
  const places = await tx.place.findMany({ where: ownId ? { id: { not: ownId } } : {} });
  for (const p of places)
    for (const a of [p.nameAr, p.nameEn, ...strings(p.aliases), ...strings(p.aliasesEn)])
      if (wanted.has(aliasKey(a))) return refuse("ALIAS_TAKEN", `"${a}" already names the place ${p.nameEn}`);
  return null;
}

// ── actors ──────────────────────────────────────────────────────────────────

export async function createActor(tx: Tx, raw: CreateActorInput, actor: Actor): Promise<EditResult> {
  const input = createActorSchema.parse(raw);
  const spellings = new Map([input.name, input.nameEn, ...input.aliases].map((a) => [aliasKey(a), a] as const));
  for (const k of spellings.keys()) {
    const taken = await entityAliasTaken(tx, k, null);
    if (taken) return taken;
  }
  if (input.memberOfId && !(await tx.source.findUnique({ where: { id: input.memberOfId } })))
    return refuse("NOT_FOUND", "The body it belongs to does not exist");
  const key = await freshKey(input.nameEn, async (k) => !!(await tx.source.findUnique({ where: { key: k } })));
  const row = await tx.source.create({
    data: {
      key,
      name: input.name,
      nameEn: input.nameEn,
      kind: "organization",
      isSource: false,
      isActor: true,
      actorKind: input.actorKind,
      side: input.side,
      memberOfId: input.memberOfId,
      aliases: { create: [...spellings].map(([k, alias]) => ({ key: k, alias })) },
    },
  });
  await appendEvent(tx, {
    actor,
    entityType: "source",
    entityId: row.id,
    action: "create",
    changes: {
      name: [null, row.name],
      nameEn: [null, row.nameEn],
      actorKind: [null, row.actorKind],
      aliases: [null, [...spellings.values()]],
    },
  });
  await bump(tx);
  return { ok: true, id: row.id, version: row.version, reanalysed: await reanalyse(tx, [...spellings.values()]) };
}

export async function updateActor(tx: Tx, raw: UpdateActorInput, actor: Actor): Promise<EditResult> {
  const { id, version, ...input } = updateActorSchema.parse(raw);
  const row = await tx.source.findUnique({ where: { id }, include: { aliases: true } });
  if (!row) return refuse("NOT_FOUND", "This actor does not exist");
  if (row.version !== version) return stale("actor");
  if (input.memberOfId === id || (input.memberOfId && (await reaches(input.memberOfId, id, memberUp(tx)))))
    return refuse("CYCLE", `${row.name} cannot belong to itself or to one of its own members`);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(input))
    if (value !== undefined && row[field as keyof typeof row] !== value) changes[field] = [row[field as keyof typeof row], value];
  const key =
    row.key ??
    (await freshKey(input.nameEn ?? row.nameEn ?? row.name, async (k) => !!(await tx.source.findUnique({ where: { key: k } }))));
  const updated = await tx.source.updateMany({ where: { id, version }, data: { ...input, key, version: { increment: 1 } } });
  if (updated.count !== 1) return stale("actor");
  await appendEvent(tx, { actor, entityType: "source", entityId: id, action: "update", changes });
  await bump(tx);
  const reanalysed = await reanalyse(
    tx,
    row.aliases.map((a) => a.alias),
  );
  return { ok: true, id, version: version + 1, reanalysed };
}

// ── places ──────────────────────────────────────────────────────────────────

export async function createPlace(tx: Tx, raw: CreatePlaceInput, actor: Actor): Promise<EditResult> {
  const input = createPlaceSchema.parse(raw);
  const aliases = [...new Set([input.nameAr, ...input.aliases])];
  const taken = await placeAliasTaken(tx, [input.nameAr, input.nameEn, ...aliases].map(aliasKey), null);
  if (taken) return taken;
  if (input.parentId && !(await tx.place.findUnique({ where: { id: input.parentId } })))
    return refuse("NOT_FOUND", "The place it lies in does not exist");
  const key = await freshKey(input.nameEn, async (k) => !!(await tx.place.findUnique({ where: { key: k } })));
  const row = await tx.place.create({
    data: {
      key,
      nameAr: input.nameAr,
      nameEn: input.nameEn,
      kind: input.kind,
      parentId: input.parentId,
      broad: input.broad,
      aliases,
      aliasesEn: [input.nameEn],
      conditionalAliases: [],
    },
  });
  await appendEvent(tx, {
    actor,
    entityType: "place",
    entityId: row.id,
    action: "create",
    changes: {
      nameAr: [null, row.nameAr],
      nameEn: [null, row.nameEn],
      kind: [null, row.kind],
      parentId: [null, row.parentId],
      aliases: [null, aliases],
    },
  });
  await bump(tx);
  return { ok: true, id: row.id, version: row.version, reanalysed: await reanalyse(tx, aliases) };
}

export async function updatePlace(tx: Tx, raw: UpdatePlaceInput, actor: Actor): Promise<EditResult> {
  const { id, version, ...input } = updatePlaceSchema.parse(raw);
  const row = await tx.place.findUnique({ where: { id } });
  if (!row) return refuse("NOT_FOUND", "This place does not exist");
  if (row.version !== version) return stale("place");
  if (input.parentId && (await reaches(input.parentId, id, parentUp(tx))))
    return refuse("CYCLE", `${row.nameEn} cannot lie inside itself or inside a place within it`);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(input))
    if (value !== undefined && row[field as keyof typeof row] !== value) changes[field] = [row[field as keyof typeof row], value];
  const updated = await tx.place.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
  if (updated.count !== 1) return stale("place");
  await appendEvent(tx, { actor, entityType: "place", entityId: id, action: "update", changes });
  await bump(tx);
  return { ok: true, id, version: version + 1, reanalysed: await reanalyse(tx, strings(row.aliases)) };
}

// ── aliases, bare terms, packs ──────────────────────────────────────────────

/** Adds a spelling to an entity (source or actor) or a place; a spelling naming another one is refused. */
export async function addKnowledgeAlias(tx: Tx, raw: AddKnowledgeAliasInput, actor: Actor): Promise<EditResult> {
  const input = addKnowledgeAliasSchema.parse(raw);
  const key = aliasKey(input.alias);
  if (input.target === "entity") {
    const row = await tx.source.findUnique({ where: { id: input.id }, include: { aliases: { select: { key: true } } } });
    if (!row) return refuse("NOT_FOUND", "This entity does not exist");
    const taken = await entityAliasTaken(tx, key, row.id);
    if (taken) return taken;
    if (!row.aliases.some((a) => a.key === key))
      await tx.sourceAlias.create({ data: { sourceId: row.id, alias: input.alias, key, quoted: input.quoted } });
    await appendEvent(tx, {
      actor,
      entityType: "source",
      entityId: row.id,
      action: "update",
      changes: { aliases: [null, [input.alias]] },
    });
    await bump(tx);
    return { ok: true, id: row.id, version: row.version, reanalysed: await reanalyse(tx, [input.alias]) };
  }
  const row = await tx.place.findUnique({ where: { id: input.id } });
  if (!row) return refuse("NOT_FOUND", "This place does not exist");
  if (row.version !== input.version) return stale("place");
  const taken = await placeAliasTaken(tx, [key], row.id);
  if (taken) return taken;
  const latin = !/[\u0600-\u06FF]/u.test(input.alias);
  const field = latin ? "aliasesEn" : "aliases";
  const before = strings(row[field]);
  const after = before.some((a) => aliasKey(a) === key) ? before : [...before, input.alias];
  const updated = await tx.place.updateMany({
    where: { id: row.id, version: row.version },
    data: { [field]: after, version: { increment: 1 } },
  });
  if (updated.count !== 1) return stale("place");
  await appendEvent(tx, {
    actor,
    entityType: "place",
    entityId: row.id,
    action: "update",
    changes: { [field]: [before, after] },
  });
  await bump(tx);
  return { ok: true, id: row.id, version: row.version + 1, reanalysed: await reanalyse(tx, [input.alias]) };
}

/** Says which entity a bare word ("التحالف", "الحكومة") means on this desk, or forgets it. */
export async function setBareTerm(tx: Tx, raw: SetBareTermInput, actor: Actor): Promise<EditResult> {
  const input = setBareTermSchema.parse(raw);
  const key = aliasKey(input.term);
  const row = await tx.bareTerm.findUnique({ where: { key } });
  if (row && input.version !== row.version) return stale("term");
  if (input.entityId && !(await tx.source.findUnique({ where: { id: input.entityId } })))
    return refuse("NOT_FOUND", "The entity it should mean does not exist");
  let id: string;
  let version: number;
  if (!input.entityId) {
    if (!row) return refuse("NOT_FOUND", "This term has no reading to forget");
    await tx.bareTerm.delete({ where: { id: row.id } });
    ({ id, version } = row);
  } else if (row) {
    const updated = await tx.bareTerm.updateMany({
      where: { id: row.id, version: row.version },
      data: { entityId: input.entityId, term: input.term, version: { increment: 1 } },
    });
    if (updated.count !== 1) return stale("term");
    ({ id } = row);
    version = row.version + 1;
  } else {
    ({ id, version } = await tx.bareTerm.create({ data: { key, term: input.term, entityId: input.entityId } }));
  }
  await appendEvent(tx, {
    actor,
    entityType: "bare_term",
    entityId: id,
    action: row ? "update" : "create",
    changes: { term: [row?.term ?? null, input.term], entityId: [row?.entityId ?? null, input.entityId] },
  });
  await bump(tx);
  return { ok: true, id, version, reanalysed: await reanalyse(tx, [input.term]) };
}

export async function setPackEnabled(tx: Tx, raw: SetPackEnabledInput, actor: Actor): Promise<EditResult> {
  const input = setPackEnabledSchema.parse(raw);
  const row = await tx.knowledgePack.findUnique({ where: { id: input.id } });
  if (!row) return refuse("NOT_FOUND", "This pack is not loaded");
  const updated = await tx.knowledgePack.updateMany({
    where: { id: input.id, version: input.version },
    data: { enabled: input.enabled, version: { increment: 1 } },
  });
  if (updated.count !== 1) return stale("pack");
  await appendEvent(tx, {
    actor,
    entityType: "knowledge_pack",
    entityId: row.id,
    action: "update",
    changes: { enabled: [row.enabled, input.enabled] },
  });
  await bump(tx);
  return { ok: true, id: row.id, version: input.version + 1, reanalysed: 0 };
}

// ── packs ───────────────────────────────────────────────────────────────────

export type PackReport = {
  pack: string;
  loaded: boolean;
  added: { entities: number; places: number; bareTerms: number; aliases: number };
  skipped: { entities: number; places: number; bareTerms: number; aliases: number };
};

const digestOf = (pack: Pack) => createHash("sha256").update(JSON.stringify(pack)).digest("hex");

/**
 * Loads a pack into the desk's knowledge. Entries whose key the desk already has are skipped (the
 * desk's edits win), an entity whose name or alias is already a registry source becomes that source,
 * and an alias naming another entity stays with it. `once` (shipped packs at start) skips a pack
 * already loaded altogether, so restarting never duplicates or overwrites anything.
 */
export async function loadPack(tx: Tx, pack: Pack, actor: Actor, { once = false } = {}): Promise<PackReport> {
  const report: PackReport = {
    pack: pack.id,
    loaded: false,
    added: { entities: 0, places: 0, bareTerms: 0, aliases: 0 },
    skipped: { entities: 0, places: 0, bareTerms: 0, aliases: 0 },
  };
  const known = await tx.knowledgePack.findUnique({ where: { id: pack.id } });
  if (known && once) return report;
  report.loaded = true;
  const packId = known ? null : pack.id;

  const entityId = new Map<string, string>();
  for (const e of pack.entities) {
    const existing = await tx.source.findUnique({ where: { key: e.key } });
    if (existing) {
      entityId.set(e.key, existing.id);
      report.skipped.entities++;
      continue;
    }
    const spelling = (alias: string, quoted: boolean): [string, { alias: string; quoted: boolean }] => [
      aliasKey(alias),
      { alias, quoted },
    ];
    const spellings = [
      ...new Map([...e.aliases.map((a) => spelling(a, false)), ...e.quotedAliases.map((a) => spelling(a, true))]),
    ];
    const owners = await tx.sourceAlias.findMany({
      where: { key: { in: [aliasKey(e.name), ...spellings.map(([k]) => k)] } },
      include: { source: { select: { key: true, packId: true } } },
    });
    const ownerOf = new Map(owners.map((o) => [o.key, o.sourceId]));
    // a spelling the pack gives two of its entities stays with both (a coalition and its command);
    // one that names an entity of the desk's or of another pack stays with that entity only
    const foreign = new Set(owners.filter((o) => o.source.key && o.source.packId !== pack.id).map((o) => o.key));
    // a registry source without a knowledge key that the entity's name (or first alias) names becomes the entity
    const adopt = ownerOf.get(aliasKey(e.name)) ?? (e.aliases[0] ? ownerOf.get(aliasKey(e.aliases[0])) : undefined);
    const adopted = adopt ? await tx.source.findUnique({ where: { id: adopt } }) : null;
    const fields = {
      key: e.key,
      nameEn: e.nameEn,
      isActor: e.roles.includes("actor"),
      actorKind: e.actorKind,
      side: e.side,
      medium: e.medium,
      demonyms: e.demonyms,
      blockedNext: e.blockedNext,
      packId,
    };
    const row =
      adopted && !adopted.key
        ? await tx.source.update({
            where: { id: adopted.id },
            data: { ...fields, isSource: adopted.isSource || e.roles.includes("source") },
          })
        : await tx.source.create({
            data: {
              ...fields,
              name: e.name,
              kind: e.sourceKind ?? "organization",
              reliability: e.reliability ?? "F",
              isSource: e.roles.includes("source"),
            },
          });
    const fresh = spellings.filter(([k]) => !foreign.has(k) || ownerOf.get(k) === row.id);
    const mine = new Set(
      (await tx.sourceAlias.findMany({ where: { sourceId: row.id }, select: { key: true } })).map((a) => a.key),
    );
    const toAdd = fresh.filter(([k]) => !mine.has(k));
    if (toAdd.length > 0) await tx.sourceAlias.createMany({ data: toAdd.map(([key, a]) => ({ key, ...a, sourceId: row.id })) });
    report.added.aliases += toAdd.length;
    report.skipped.aliases += spellings.length - fresh.length;
    entityId.set(e.key, row.id);
    report.added.entities++;
  }
  for (const e of pack.entities) {
    const body = e.memberOf.map((m) => entityId.get(m.key)).find(Boolean);
    const id = entityId.get(e.key);
    if (!body || !id || body === id) continue;
    const row = await tx.source.findUniqueOrThrow({ where: { id } });
    if (!row.memberOfId && !(await reaches(body, id, memberUp(tx))))
      await tx.source.update({ where: { id }, data: { memberOfId: body } });
  }

  const placeId = new Map<string, string>();
  for (const p of pack.places) {
    const existing = await tx.place.findUnique({ where: { key: p.key } });
    if (existing) {
      placeId.set(p.key, existing.id);
      report.skipped.places++;
      continue;
    }
    const row = await tx.place.create({
      data: {
        key: p.key,
        nameAr: p.nameAr,
        nameEn: p.nameEn,
        kind: p.kind,
        broad: p.broad,
        aliases: p.aliases,
        aliasesEn: p.aliasesEn,
        conditionalAliases: p.conditionalAliases,
        operatorKey: p.operator,
        actsAsKey: p.actsAs,
        packId,
      },
    });
    placeId.set(p.key, row.id);
    report.added.places++;
  }
  for (const p of pack.places) {
    const id = placeId.get(p.key);
    const parent = p.parent ? (placeId.get(p.parent) ?? (await tx.place.findUnique({ where: { key: p.parent } }))?.id) : null;
    if (!id || !parent) continue;
    const row = await tx.place.findUniqueOrThrow({ where: { id } });
    if (!row.parentId && !(await reaches(parent, id, parentUp(tx))))
      await tx.place.update({ where: { id }, data: { parentId: parent } });
  }

  for (const b of pack.bareTerms) {
    const key = aliasKey(b.term);
    const entity = entityId.get(b.entity) ?? (await tx.source.findUnique({ where: { key: b.entity } }))?.id;
    if (!entity || (await tx.bareTerm.findUnique({ where: { key } }))) {
      report.skipped.bareTerms++;
      continue;
    }
    await tx.bareTerm.create({ data: { key, term: b.term, entityId: entity, packId } });
    report.added.bareTerms++;
  }

  if (!known)
    await tx.knowledgePack.create({
      data: { id: pack.id, nameEn: pack.name.en, nameAr: pack.name.ar, packVersion: pack.version, digest: digestOf(pack) },
    });
  await appendEvent(tx, {
    actor,
    entityType: "knowledge_pack",
    entityId: pack.id,
    action: known ? "update" : "create",
    changes: { added: [null, report.added], skipped: [null, report.skipped] },
  });
  await bump(tx);
  return report;
}

/** The shipped packs, each loaded once into a database (run at start). */
export async function loadShippedPacks(tx: Tx): Promise<PackReport[]> {
  const reports: PackReport[] = [];
  for (const pack of SHIPPED_PACKS) reports.push(await loadPack(tx, pack, KNOWLEDGE_LOADER, { once: true }));
  return reports;
}
