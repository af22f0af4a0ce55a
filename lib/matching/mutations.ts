import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ClaimFeatures } from "@/lib/links/types";
import { claimMatchTerms } from "./terms";

// The ClaimTerm index: a claim's match terms, rewritten whenever its features are (the text or the
// desk's knowledge changed). Derived from recorded claim text, so it keeps no history of its own.

type TermSource = { id: string; quote: string; statement: string | null; features: ClaimFeatures | null };

export async function storeClaimTerms(tx: Tx, claims: readonly TermSource[]): Promise<void> {
  if (claims.length === 0) return;
  await tx.claimTerm.deleteMany({ where: { claimId: { in: claims.map((c) => c.id) } } });
  const rows = claims.flatMap((c) => [...claimMatchTerms(c)].map((term) => ({ claimId: c.id, term })));
  for (let i = 0; i < rows.length; i += 1000) await tx.claimTerm.createMany({ data: rows.slice(i, i + 1000) });
}

/** At start: index the claims that have no terms yet (a database from before matching, an import). */
export async function ensureClaimTerms(db: Db, batch = 500): Promise<number> {
  let done = 0;
  let after = "";
  for (;;) {
    const claims = await db.claim.findMany({
      where: { id: { gt: after }, terms: { none: {} } },
      select: { id: true, quote: true, statement: true, features: true },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (claims.length === 0) return done;
    after = claims[claims.length - 1].id;
    await db.$transaction((tx) =>
      storeClaimTerms(
        tx,
        claims.map((c) => ({ ...c, features: (c.features ?? null) as ClaimFeatures | null })),
      ),
    );
    done += claims.length;
  }
}
