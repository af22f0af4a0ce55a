// Independent corroboration: claims that trace back to one origin count once.

export type OriginClaim = {
  id: string;
  /** Registry source the claim is attributed to (the original speaker). */
  sourceId: string | null;
  /** Registry id of the outlet the claim was relayed through ("according to Erem News"). */
  via: string | null;
  /** Outlet that published the article holding the claim. */
  outletId: string | null;
  /** Claim (or article) id this one is a republished copy of. */
  republishedFrom: string | null;
};

/**
 * Counts distinct origins. Origin of a claim: its source, else the outlet it was
 * relayed through, else its own outlet (the outlet's own reporting, including its
 * anonymous sources), else the claim itself. A relay also ties the source to the
 * relaying outlet and a republished copy to its original. Merging errs towards
 * fewer origins: overstating independence is the worse mistake for a fact-check.
 */
export function countIndependentOrigins(claims: OriginClaim[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const c of claims) {
    const node = `claim:${c.id}`;
    find(node);
    const origin = c.sourceId ?? c.via ?? c.outletId;
    if (origin) union(node, `src:${origin}`);
    if (c.sourceId && c.via) union(`src:${c.sourceId}`, `src:${c.via}`);
    if (c.republishedFrom) union(node, `claim:${c.republishedFrom}`);
  }
  return new Set(claims.map((c) => find(`claim:${c.id}`))).size;
}
