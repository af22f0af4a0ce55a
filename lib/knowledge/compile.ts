import type { Pack, PackPlace } from "./pack-schema";
import type { ActorEntry, Knowledge, PlaceEntry, SourceEntry } from "./types";

// Packs (or the database's rows, shaped as one pack) → the flat knowledge the analysis reads.
// Entries with the same key in several packs are one entry: later packs add aliases, they do not
// replace the first pack's names.

/** The governorate-level bucket of a place: the nearest region at or above it, else the nearest country, else itself. */
export function regionOf(key: string, byKey: ReadonlyMap<string, Pick<PackPlace, "kind" | "parent">>): string {
  const seen = new Set<string>();
  let country: string | null = null;
  for (let k: string | null = key; k && !seen.has(k); k = byKey.get(k)?.parent ?? null) {
    seen.add(k);
    const p = byKey.get(k);
    if (!p) break;
    if (p.kind === "region") return k;
    if (p.kind === "country" && !country) country = k;
  }
  return country ?? key;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const nonEmpty = (xs: string[]) => (xs.length > 0 ? xs : undefined);

export function compilePacks(packs: readonly Pack[]): Knowledge {
  const entities = new Map<string, Pack["entities"][number]>();
  const places = new Map<string, PackPlace>();
  const bare = new Map<string, string>();
  for (const pack of packs) {
    for (const e of pack.entities) {
      const prev = entities.get(e.key);
      entities.set(
        e.key,
        prev
          ? {
              ...prev,
              roles: [...new Set([...prev.roles, ...e.roles])],
              aliases: union(prev.aliases, e.aliases),
              quotedAliases: union(prev.quotedAliases, e.quotedAliases),
              demonyms: union(prev.demonyms, e.demonyms),
              memberOf: [...prev.memberOf, ...e.memberOf.filter((m) => !prev.memberOf.some((p) => p.key === m.key))],
            }
          : e,
      );
    }
    for (const p of pack.places) {
      const prev = places.get(p.key);
      places.set(
        p.key,
        prev
          ? {
              ...prev,
              aliases: union(prev.aliases, p.aliases),
              aliasesEn: union(prev.aliasesEn, p.aliasesEn),
              conditionalAliases: [...prev.conditionalAliases, ...p.conditionalAliases],
            }
          : p,
      );
    }
    for (const b of pack.bareTerms) bare.set(b.term, b.entity);
  }

  const bareTerms = [...bare].map(([term, entity]) => ({ term, entity }));
  const actors: ActorEntry[] = [];
  const sources: SourceEntry[] = [];
  for (const e of entities.values()) {
    const memberOf = e.memberOf.map((m) => m.key);
    if (e.roles.includes("actor")) {
      const own = bareTerms.filter((b) => b.entity === e.key).map((b) => b.term);
      actors.push({
        id: e.key,
        nameAr: e.name,
        nameEn: e.nameEn,
        kind: e.actorKind,
        side: e.side,
        terms: union(e.aliases, own),
        demonyms: nonEmpty(e.demonyms),
        blockedNext: nonEmpty(e.blockedNext),
        memberOf: nonEmpty(memberOf),
      });
    }
    if (e.roles.includes("source"))
      sources.push({
        id: e.key,
        name: e.name,
        nameEn: e.nameEn,
        kind: e.sourceKind,
        reliability: e.reliability,
        medium: e.medium,
        aliases: e.aliases,
        quotedAliases: e.quotedAliases,
        memberOf,
      });
  }

  const placeEntries: PlaceEntry[] = [];
  for (const p of places.values()) {
    const base = {
      id: p.key,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      kind: p.kind,
      parent: p.parent,
      region: regionOf(p.key, places),
      ...(p.broad ? { broad: true } : {}),
      ...(p.operator ? { operator: p.operator } : {}),
      ...(p.actsAs ? { actsAs: p.actsAs } : {}),
    };
    // A place's English name of several words ("Aden International Airport") always names it; a
    // one-word name may be an ordinary word ("Salt", "Bor") and counts only when listed as a spelling.
    const english = p.nameEn.trim().split(/[\s\-–]+/u).length > 1 ? union(p.aliasesEn, [p.nameEn.toLowerCase()]) : p.aliasesEn;
    if (p.aliases.length > 0 || english.length > 0 || p.conditionalAliases.length === 0)
      placeEntries.push({ ...base, terms: p.aliases, ...(english.length ? { en: english } : {}) });
    for (const c of p.conditionalAliases) {
      const { terms, ...conditions } = c;
      placeEntries.push({ ...base, terms, ...conditions });
    }
  }
  return { actors, places: placeEntries, sources, bareTerms };
}
