import "server-only";
import type { Db } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import type { EventDto } from "@/lib/history/schema";
import { placeLabel, type Label } from "@/lib/links/names";
import { verdicts } from "@/lib/claims/schema";
import { ATTRIBUTION_KINDS } from "@/lib/sources/kinds";

export type Count = { key: string; count: number };
export type PlaceCount = { id: string; label: Label; count: number };
export type OpenSession = { id: string; title: string; date: string; decided: number; total: number };

export type Dashboard = {
  claims: number;
  byVerdict: Count[];
  byKind: Count[];
  conflictsByPlace: PlaceCount[];
  openConflicts: number;
  recent: EventDto[];
  sessions: OpenSession[];
};

const OPEN_CONFLICT = { type: "contradicts", status: { in: ["proposed", "confirmed"] } };
const live = { archivedAt: null };

/** Every known value in its canonical order, zero where nothing counts. */
function complete(order: readonly string[], groups: { key: string; count: number }[]): Count[] {
  const found = new Map(groups.map((g) => [g.key, g.count]));
  return order.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

async function conflictsByPlace(db: Db): Promise<{ places: PlaceCount[]; total: number }> {
  const placesOf = { facets: { where: { key: { startsWith: "p:" } }, select: { key: true } } };
  const links = await db.claimLink.findMany({
    where: OPEN_CONFLICT,
    select: { a: { select: placesOf }, b: { select: placesOf } },
  });
  const counts = new Map<string, number>();
  for (const l of links) {
    const ids = new Set([...l.a.facets, ...l.b.facets].map((f) => f.key.slice(2)));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const places = [...counts].map(([id, count]) => ({ id, label: placeLabel(id), count }));
  places.sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
  return { places, total: links.length };
}

/** The desk at a glance: the home page after sign-in. */
export async function getDashboard(db: Db): Promise<Dashboard> {
  const [claims, verdictGroups, kindGroups, conflicts, recent, sessions] = await Promise.all([
    db.claim.count({ where: live }),
    db.claim.groupBy({ by: ["verdict"], where: live, _count: { _all: true } }),
    db.attribution.groupBy({ by: ["kind"], where: { claim: live }, _count: { _all: true } }),
    conflictsByPlace(db),
    listEvents(db, {}, 1, 10),
    db.reviewSession.findMany({
      where: { status: "open" },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      take: 10,
      select: { id: true, title: true, date: true, items: { select: { verdict: true } } },
    }),
  ]);
  return {
    claims,
    byVerdict: complete(
      verdicts,
      verdictGroups.map((g) => ({ key: g.verdict, count: g._count._all })),
    ),
    byKind: complete(
      ATTRIBUTION_KINDS,
      kindGroups.map((g) => ({ key: g.kind, count: g._count._all })),
    ),
    conflictsByPlace: conflicts.places.slice(0, 12),
    openConflicts: conflicts.total,
    recent: recent.items,
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      date: s.date,
      decided: s.items.filter((i) => i.verdict).length,
      total: s.items.length,
    })),
  };
}
