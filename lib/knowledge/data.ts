import "server-only";
import type { Tx } from "@/lib/db/client";
import { PACK_FORMAT, packSchema, type Pack } from "./pack-schema";

// The desk's knowledge rows read back as one pack (the same shape as a shipped file), for the
// analysis to compile and for export. Rows of a disabled pack are left out.

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** The knowledge revision stamp, or null when no pack was ever loaded into this database. */
export async function knowledgeStamp(db: Tx): Promise<string | null> {
  const head = await db.knowledgeHead.findUnique({ where: { id: 1 } });
  return head?.stamp ?? null;
}

export async function listPacks(db: Tx) {
  return db.knowledgePack.findMany({ orderBy: { loadedAt: "asc" } });
}

export async function readDeskPack(db: Tx, { includeDisabled = false } = {}): Promise<Pack> {
  const disabled = includeDisabled
    ? []
    : (await db.knowledgePack.findMany({ where: { enabled: false }, select: { id: true } })).map((p) => p.id);
  const live = { OR: [{ packId: null }, { packId: { notIn: disabled } }] };
  const [entities, places, bare] = await Promise.all([
    db.source.findMany({
      where: { key: { not: null }, mergedIntoId: null, ...live },
      include: { aliases: { orderBy: { id: "asc" } }, memberOf: { select: { key: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.place.findMany({ where: live, orderBy: { createdAt: "asc" } }),
    db.bareTerm.findMany({ where: live, include: { entity: { select: { key: true } } }, orderBy: { term: "asc" } }),
  ]);
  const placeKey = new Map(places.map((p) => [p.id, p.key]));
  return packSchema.parse({
    format: PACK_FORMAT,
    version: 1,
    id: "desk",
    name: { en: "This desk's knowledge", ar: "معارف هذا القسم" },
    provenance: "Exported from a Claimdesk desk: the shipped packs it loaded and its editors' changes.",
    entities: entities.map((e) => ({
      key: e.key,
      name: e.name,
      nameEn: e.nameEn || e.name,
      roles: [...(e.isActor ? ["actor"] : []), ...(e.isSource || !e.isActor ? ["source"] : [])],
      sourceKind: e.isSource ? e.kind : null,
      reliability: e.isSource ? e.reliability : null,
      medium: e.medium,
      actorKind: e.actorKind,
      side: e.side,
      aliases: e.aliases.filter((a) => !a.quoted).map((a) => a.alias),
      quotedAliases: e.aliases.filter((a) => a.quoted).map((a) => a.alias),
      demonyms: strings(e.demonyms),
      blockedNext: strings(e.blockedNext),
      memberOf: e.memberOf?.key ? [{ key: e.memberOf.key }] : [],
    })),
    places: places.map((p) => ({
      key: p.key,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      kind: p.kind,
      parent: p.parentId ? (placeKey.get(p.parentId) ?? null) : null,
      aliases: strings(p.aliases),
      aliasesEn: strings(p.aliasesEn),
      conditionalAliases: Array.isArray(p.conditionalAliases) ? p.conditionalAliases : [],
      broad: p.broad,
      operator: p.operatorKey,
      actsAs: p.actsAsKey,
    })),
    bareTerms: bare.flatMap((b) => (b.entity.key ? [{ term: b.term, entity: b.entity.key }] : [])),
  });
}

/** What the knowledge page lists: actors, places (parents first), bare terms and packs, with ids and versions for editing. */
export async function knowledgeOverview(db: Tx) {
  const [actors, places, bareTerms, packs] = await Promise.all([
    db.source.findMany({
      where: { isActor: true, mergedIntoId: null },
      select: {
        id: true,
        key: true,
        name: true,
        nameEn: true,
        actorKind: true,
        side: true,
        version: true,
        packId: true,
        memberOfId: true,
        memberOf: { select: { name: true } },
        _count: { select: { aliases: true } },
      },
      orderBy: { nameEn: "asc" },
    }),
    db.place.findMany({
      select: {
        id: true,
        key: true,
        nameAr: true,
        nameEn: true,
        kind: true,
        parentId: true,
        broad: true,
        version: true,
        packId: true,
      },
      orderBy: { nameEn: "asc" },
    }),
    db.bareTerm.findMany({
      select: { id: true, term: true, version: true, entity: { select: { id: true, name: true, nameEn: true } } },
      orderBy: { term: "asc" },
    }),
    listPacks(db),
  ]);
  // depth-first order with each place's depth, so the page can indent the hierarchy
  const children = new Map<string | null, typeof places>();
  for (const p of places) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
  const tree: ((typeof places)[number] & { depth: number })[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const p of children.get(parent) ?? [])
      if (!seen.has(p.id)) {
        seen.add(p.id);
        tree.push({ ...p, depth });
        walk(p.id, depth + 1);
      }
  };
  walk(null, 0);
  return { actors, places: tree, bareTerms, packs };
}
export type KnowledgeOverview = Awaited<ReturnType<typeof knowledgeOverview>>;

/** The entries an editor can add a selected spelling to, from the reader. */
export async function knowledgeChoices(db: Tx) {
  const [places, entities] = await Promise.all([
    db.place.findMany({ select: { id: true, nameAr: true, nameEn: true, version: true }, orderBy: { nameEn: "asc" } }),
    db.source.findMany({
      where: { mergedIntoId: null, OR: [{ isActor: true }, { key: { not: null } }] },
      select: { id: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { places, entities };
}
export type KnowledgeChoices = Awaited<ReturnType<typeof knowledgeChoices>>;
