import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import type { Tx } from "@/lib/db/client";
import { aliasKey } from "./aliases";
import { NO_SOURCING, toAttributionDto, type ClaimSourcing, type SourceListItem, type SourceRef } from "./dto";
import { countIndependentOrigins, sourcingStrength, type GradedAttribution, type Reliability } from "./grading";
import type { OriginClaim } from "./origins";
import { REGISTRY_SEED, type RegistrySource } from "./registry-seed";
import type { AttributionSource } from "./suggest-attribution";
import type { AttributionKind, SourceKind } from "./kinds";

// Every read takes `Tx` so that mutations can reuse it inside their transaction; a client is a Tx too.

/** Link statuses that count as corroboration (dismissed links do not). */
export const COUNTED_LINK_STATUSES = ["proposed", "confirmed"];

/**
 * The registry as the attribution suggester reads it, with database ids. Seed-only details (aliases
 * that count only in quotes, an outlet's medium, several memberships) come from the seed entry the
 * source was loaded from, found by the key of its seed name.
 */
export async function loadAttributionRegistry(db: Tx): Promise<AttributionSource[]> {
  const sources = await db.source.findMany({
    where: { mergedIntoId: null },
    select: {
      id: true,
      name: true,
      kind: true,
      reliability: true,
      memberOfId: true,
      aliases: { select: { alias: true, key: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const owner = new Map<string, string>();
  for (const s of sources) for (const a of s.aliases) if (!owner.has(a.key)) owner.set(a.key, s.id);
  const seedOf = new Map<string, RegistrySource>();
  const idOfSeed = new Map<string, string>();
  for (const seed of REGISTRY_SEED) {
    const id = owner.get(aliasKey(seed.name));
    if (id && !seedOf.has(id)) {
      seedOf.set(id, seed);
      idOfSeed.set(seed.id, id);
    }
  }
  return sources.map((s) => {
    const seed = seedOf.get(s.id);
    const quoted = new Set((seed?.quotedAliases ?? []).map(aliasKey));
    const bodies = seed?.memberOf?.map((m) => idOfSeed.get(m.bodyId)).filter((x): x is string => Boolean(x)) ?? [];
    return {
      id: s.id,
      name: s.name,
      kind: s.kind as SourceKind,
      reliability: s.reliability as Reliability,
      aliases: s.aliases.filter((a) => !quoted.has(a.key)).map((a) => a.alias),
      quotedAliases: s.aliases.filter((a) => quoted.has(a.key)).map((a) => a.alias),
      memberOf: bodies.length > 0 ? bodies : s.memberOfId ? [s.memberOfId] : [],
      medium: seed?.medium,
    };
  });
}

type Ranked = { id: string; rank: number; alias: string };

function rankOf(key: string, q: string): number {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.split(" ").some((w) => w.startsWith(q))) return 2;
  return 3;
}

/** Sources by any alias (normalized as aliases are: Arabic letter forms, case, quotes and brackets). */
export async function searchSources(
  db: Tx,
  opts: { search?: string; page: number; pageSize: number },
): Promise<{ items: SourceListItem[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize } = opts;
  const q = opts.search ? aliasKey(opts.search) : "";
  let ids: string[];
  let total: number;
  const matched = new Map<string, string>();
  if (!q) {
    const where = { mergedIntoId: null };
    const [rows, count] = await Promise.all([
      db.source.findMany({
        where,
        select: { id: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      db.source.count({ where }),
    ]);
    ids = rows.map((r) => r.id);
    total = count;
  } else {
    const aliases = await db.sourceAlias.findMany({
      where: { key: { contains: q } },
      select: { key: true, alias: true, sourceId: true, source: { select: { mergedIntoId: true, name: true } } },
      take: 5000,
    });
    const best = new Map<string, Ranked & { name: string }>();
    for (const a of aliases) {
      const id = a.source.mergedIntoId ?? a.sourceId;
      const r = { id, rank: rankOf(a.key, q), alias: a.alias, name: a.source.name };
      const prev = best.get(id);
      if (!prev || r.rank < prev.rank) best.set(id, r);
    }
    const sorted = [...best.values()].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    total = sorted.length;
    const pageRows = sorted.slice((page - 1) * pageSize, page * pageSize);
    ids = pageRows.map((r) => r.id);
    for (const r of pageRows) matched.set(r.id, r.alias);
  }
  const rows = await db.source.findMany({
    where: { id: { in: ids } },
    include: {
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      memberOf: { select: { id: true, name: true } },
      _count: { select: { attributions: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids
    .map((id) => byId.get(id))
    .filter((s): s is NonNullable<typeof s> => Boolean(s))
    .map((s) => {
      const m = matched.get(s.id) ?? null;
      return {
        id: s.id,
        name: s.name,
        kind: s.kind as SourceKind,
        reliability: s.reliability as Reliability,
        aliases: s.aliases.map((a) => a.alias),
        matched: m && aliasKey(m) !== aliasKey(s.name) ? m : null,
        memberOf: s.memberOf,
        claimCount: s._count.attributions,
      };
    });
  return { items, total, page, pageSize };
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;

/** A source with its aliases, members, the body it belongs to, and every claim it stands behind or relayed. */
export async function getSource(db: Tx, id: string) {
  const s = await db.source.findUnique({
    where: { id },
    include: {
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      memberOf: { select: { id: true, name: true } },
      members: { where: { mergedIntoId: null }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } },
      _count: { select: { articles: true } },
    },
  });
  if (!s) return null;
  const [mergedInto, mergedFrom, attributions] = await Promise.all([
    s.mergedIntoId ? db.source.findUnique({ where: { id: s.mergedIntoId }, select: { id: true, name: true } }) : null,
    db.source.findMany({ where: { mergedIntoId: id }, select: { id: true, name: true } }),
    db.attribution.findMany({
      where: { OR: [{ sourceId: id }, { viaId: id }], claim: { archivedAt: null } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 1000,
      include: {
        claim: {
          select: {
            id: true,
            quote: true,
            statement: true,
            sourcingStrength: true,
            verdict: true,
            article: { select: { id: true, title: true, language: true } },
          },
        },
      },
    }),
  ]);
  const seen = new Set<string>();
  const claims = attributions
    .filter((a) => !seen.has(a.claimId) && seen.add(a.claimId))
    .map((a) => ({
      id: a.claim.id,
      quote: a.claim.quote,
      statement: a.claim.statement,
      verdict: a.claim.verdict,
      sourcingStrength: a.claim.sourcingStrength,
      article: a.claim.article,
      role: a.sourceId === id ? ("source" as const) : ("via" as const),
      kind: a.kind as AttributionKind,
      reliability: a.reliability as Reliability,
      credibility: a.credibility,
    }));
  return {
    id: s.id,
    name: s.name,
    kind: s.kind as SourceKind,
    reliability: s.reliability as Reliability,
    version: s.version,
    aliases: s.aliases.map((a) => a.alias),
    memberOf: s.memberOf as SourceRef | null,
    members: s.members.map((m) => ({ id: m.id, name: m.name, kind: m.kind as SourceKind })),
    mergedInto: mergedInto as SourceRef | null,
    mergedFrom: mergedFrom as SourceRef[],
    articleCount: s._count.articles,
    claims,
  };
}

/** What the origin of each claim is, for counting independent corroboration (archived claims drop out). */
export async function originClaims(db: Tx, ids: string[]): Promise<Map<string, OriginClaim>> {
  if (ids.length === 0) return new Map();
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, archivedAt: null },
    select: {
      id: true,
      articleId: true,
      article: { select: { outletId: true, republishedFromId: true } },
      attributions: { select: { sourceId: true, viaId: true }, orderBy: { position: "asc" } },
    },
  });
  const claimOfArticle = new Map<string, string>();
  for (const r of rows) if (!claimOfArticle.has(r.articleId)) claimOfArticle.set(r.articleId, r.id);
  const out = new Map<string, OriginClaim>();
  for (const r of rows) {
    const named = r.attributions.find((a) => a.sourceId) ?? r.attributions.find((a) => a.viaId);
    const from = r.article.republishedFromId;
    out.set(r.id, {
      id: r.id,
      sourceId: named?.sourceId ?? null,
      via: named?.viaId ?? null,
      outletId: r.article.outletId,
      republishedFrom: from ? (claimOfArticle.get(from) ?? `article:${from}`) : null,
    });
  }
  return out;
}

/** Corroborating neighbours of each claim (confirmed or proposed `corroborates` links). */
export async function corroboratingNeighbours(db: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const links = await readLinksTouching(ids, (side) =>
    db.claimLink.findMany({
      where: { type: "corroborates", status: { in: COUNTED_LINK_STATUSES }, ...side },
      select: { id: true, aId: true, bId: true },
    }),
  );
  for (const l of links) {
    out.get(l.aId)?.push(l.bId);
    out.get(l.bId)?.push(l.aId);
  }
  return out;
}

/**
 * Attributions, confirmation, corroboration and the computed sourcing strength of each claim.
 * Confirmed means an editor has set or confirmed the attributions (an `attribute` event exists).
 */
export async function claimSourcing(db: Tx, ids: string[]): Promise<Map<string, ClaimSourcing>> {
  const out = new Map<string, ClaimSourcing>();
  if (ids.length === 0) return out;
  const [rows, confirmed, neighbours] = await Promise.all([
    db.attribution.findMany({
      where: { claimId: { in: ids } },
      orderBy: [{ claimId: "asc" }, { position: "asc" }],
      include: { source: { select: { id: true, name: true } }, via: { select: { id: true, name: true } } },
    }),
    db.reviewEvent.findMany({
      where: { entityType: "claim", entityId: { in: ids }, action: "attribute" },
      select: { entityId: true },
    }),
    corroboratingNeighbours(db, ids),
  ]);
  const all = new Set(ids);
  for (const list of neighbours.values()) for (const n of list) all.add(n);
  const origins = await originClaims(db, [...all]);
  const confirmedIds = new Set(confirmed.map((e) => e.entityId));
  for (const id of ids) {
    const attributions = rows.filter((r) => r.claimId === id).map(toAttributionDto);
    const others = (neighbours.get(id) ?? []).map((n) => origins.get(n)).filter((o): o is OriginClaim => Boolean(o));
    const self = origins.get(id);
    const graded: GradedAttribution[] = attributions;
    out.set(id, {
      ...NO_SOURCING,
      attributions,
      attributionsConfirmed: confirmedIds.has(id),
      corroboration: { claims: others.length, origins: countIndependentOrigins(others) },
      sourcingStrength: sourcingStrength({
        attributions: graded,
        independentOrigins: countIndependentOrigins(self ? [self, ...others] : others),
      }),
    });
  }
  return out;
}
