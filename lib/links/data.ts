import "server-only";
import { readLinksTouching } from "@/lib/db/chunks";
import type { Db } from "@/lib/db/client";
import { placeFilterKeys } from "./claim-features";
import { toLinkDto, type LinkDto } from "./dto";
import { actorLabel, placeLabel, type Label } from "./names";
import { linkStatuses, type LinkStatus, type LinksQuery } from "./schema";
import type { ClaimFeatures } from "./types";

/** A claim as the board and the timeline show it. */
export type ClaimCard = {
  id: string;
  articleId: string;
  quote: string;
  language: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  datePrecision: string;
  sourcingStrength: number;
  attributionKinds: string[];
  archived: boolean;
  agent: string | null;
  places: string[];
  timeLabel: string;
  time: { from: string; to: string } | null;
  stances: { question: string; value: string; negated?: boolean }[];
};

export type LinkView = Omit<LinkDto, "a" | "b"> & { a: ClaimCard; b: ClaimCard };

const cardInclude = {
  article: {
    select: { title: true, language: true, publishedAt: true, datePrecision: true, outlet: { select: { name: true } } },
  },
  attributions: { orderBy: { position: "asc" as const }, select: { kind: true } },
} as const;

type CardRow = {
  id: string;
  articleId: string;
  quote: string;
  sourcingStrength: number;
  archivedAt: Date | null;
  features: unknown;
  article: {
    title: string;
    language: string;
    publishedAt: string | null;
    datePrecision: string;
    outlet: { name: string } | null;
  };
  attributions: { kind: string }[];
};

function toCard(c: CardRow): ClaimCard {
  const f = (c.features ?? null) as ClaimFeatures | null;
  return {
    id: c.id,
    articleId: c.articleId,
    quote: c.quote,
    language: c.article.language,
    articleTitle: c.article.title,
    outlet: c.article.outlet?.name ?? null,
    publishedAt: c.article.publishedAt,
    datePrecision: c.article.datePrecision,
    sourcingStrength: c.sourcingStrength,
    attributionKinds: c.attributions.map((a) => a.kind),
    archived: c.archivedAt !== null,
    agent: f?.agent ?? null,
    places: f?.places.map((p) => p.id) ?? [],
    timeLabel: f?.timeLabel ?? "unknown",
    time: f?.time ?? null,
    stances: f?.stances.map((s) => ({ question: s.question, value: s.value, ...(s.negated ? { negated: true } : {}) })) ?? [],
  };
}

function facetFilter(keys: string[]) {
  return { facets: { some: { key: { in: keys } } } };
}

function linksWhere(q: Partial<Omit<LinksQuery, "page" | "pageSize">>) {
  const and: object[] = [];
  if (q.type?.length) and.push({ type: { in: q.type } });
  if (q.status?.length) and.push({ status: { in: q.status } });
  if (q.claim) and.push({ OR: [{ aId: q.claim }, { bId: q.claim }] });
  if (q.place) and.push({ OR: [{ a: facetFilter(placeFilterKeys(q.place)) }, { b: facetFilter(placeFilterKeys(q.place)) }] });
  if (q.actor) and.push({ OR: [{ a: facetFilter([`a:${q.actor}`]) }, { b: facetFilter([`a:${q.actor}`]) }] });
  return and.length ? { AND: and } : {};
}

export async function listLinks(
  db: Db,
  q: LinksQuery,
): Promise<{ items: LinkView[]; total: number; page: number; pageSize: number }> {
  const where = linksWhere(q);
  const [rows, total] = await Promise.all([
    db.claimLink.findMany({
      where,
      orderBy: [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: { a: { include: cardInclude }, b: { include: cardInclude } },
    }),
    db.claimLink.count({ where }),
  ]);
  const items = rows.map((l) => ({ ...toLinkDto(l), a: toCard(l.a), b: toCard(l.b) }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getLink(db: Db, id: string): Promise<LinkView | null> {
  const l = await db.claimLink.findUnique({
    where: { id },
    include: { a: { include: cardInclude }, b: { include: cardInclude } },
  });
  return l ? { ...toLinkDto(l), a: toCard(l.a), b: toCard(l.b) } : null;
}

/** How many links of each status match the other filters (the board's tabs). */
export async function linkStatusCounts(db: Db, q: Partial<Omit<LinksQuery, "page" | "pageSize" | "status">>) {
  const groups = await db.claimLink.groupBy({ by: ["status"], where: linksWhere(q), _count: { _all: true } });
  const counts = Object.fromEntries(linkStatuses.map((s) => [s, 0])) as Record<LinkStatus, number>;
  for (const g of groups) counts[g.status as LinkStatus] = g._count._all;
  return counts;
}

export type ClaimLinkItem = {
  id: string;
  type: string;
  status: string;
  score: number | null;
  version: number;
  other: { id: string; articleId: string; quote: string; articleTitle: string; language: string };
};

/** The links of each of the given claims, with the claim at the other end. */
export async function linksForClaims(db: Db, claimIds: string[]): Promise<Record<string, ClaimLinkItem[]>> {
  if (claimIds.length === 0) return {};
  const other = { select: { id: true, articleId: true, quote: true, article: { select: { title: true, language: true } } } };
  const rows = await readLinksTouching(claimIds, (side) =>
    db.claimLink.findMany({
      where: side,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { a: other, b: other },
    }),
  );
  rows.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const out: Record<string, ClaimLinkItem[]> = {};
  const wanted = new Set(claimIds);
  for (const l of rows) {
    for (const [self, that] of [
      [l.a, l.b],
      [l.b, l.a],
    ] as const) {
      if (!wanted.has(self.id)) continue;
      (out[self.id] ??= []).push({
        id: l.id,
        type: l.type,
        status: l.status,
        score: l.score,
        version: l.version,
        other: {
          id: that.id,
          articleId: that.articleId,
          quote: that.quote,
          articleTitle: that.article.title,
          language: that.article.language,
        },
      });
    }
  }
  return out;
}

/** A place or an actor with its name in both interface languages, and how many claims mention it. */
export type FacetOption = { id: string; label: Label; count: number };

/** Places, regions and actors that claims mention, for the board's and the timeline's filters. */
export async function facetOptions(db: Db): Promise<{ places: FacetOption[]; actors: FacetOption[] }> {
  const groups = await db.claimFacet.groupBy({
    by: ["key"],
    where: { OR: [{ key: { startsWith: "r:" } }, { key: { startsWith: "p:" } }, { key: { startsWith: "a:" } }] },
    _count: { _all: true },
  });
  const places = new Map<string, number>();
  const actors: FacetOption[] = [];
  for (const g of groups) {
    const id = g.key.slice(2);
    if (g.key.startsWith("a:")) actors.push({ id, label: actorLabel(id), count: g._count._all });
    else places.set(id, Math.max(places.get(id) ?? 0, g._count._all));
  }
  const byCount = (x: FacetOption, y: FacetOption) => y.count - x.count || x.id.localeCompare(y.id);
  return {
    places: [...places].map(([id, count]) => ({ id, label: placeLabel(id), count })).sort(byCount),
    actors: actors.sort(byCount),
  };
}

/** Claims about a place (or any place in a region) and/or by an actor, for the timeline. */
export async function timelineClaims(db: Db, q: { place?: string; actor?: string }, limit = 1000): Promise<ClaimCard[]> {
  const and: object[] = [{ archivedAt: null }];
  if (q.place) and.push(facetFilter(placeFilterKeys(q.place)));
  if (q.actor) and.push(facetFilter([`a:${q.actor}`]));
  if (!q.place && !q.actor) return [];
  const rows = await db.claim.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    include: cardInclude,
  });
  return rows.map(toCard);
}
