import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ClaimFeatures } from "@/lib/links/types";
import { appendEvent } from "@/lib/history/mutations";
import { deskKnowledge } from "@/lib/knowledge/current";
import { namesIn } from "@/lib/links/names";
import { proposedLinkEvent, proposedLinkRow } from "@/lib/links/proposals";
import { reasonText } from "@/lib/links/reasons";
import { matchesFor } from "./data";
import { claimMatchTerms, readableTerms } from "./terms";

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

/** A match this close is proposed as the same claim (republished, quoted again, translated). */
export const PROPOSE_SCORE = 0.5;

/**
 * Proposes `same_event` links from a claim to the claims of other articles it matches closely, with
 * the similarity and the shared terms as reasons. A pair that has any link already (proposed,
 * confirmed, dismissed or resolved, of any type) is left as it is.
 */
export async function proposeSameClaim(tx: Tx, claimId: string): Promise<number> {
  const close = (await matchesFor(tx, claimId)).filter((m) => m.score >= PROPOSE_SCORE);
  if (close.length === 0) return 0;
  const linked = await tx.claimLink.findMany({
    where: { OR: [{ aId: claimId }, { bId: claimId }] },
    select: { aId: true, bId: true },
  });
  const taken = new Set(linked.flatMap((l) => [l.aId, l.bId]));
  const names = namesIn(await deskKnowledge(tx));
  const nameOf = (kind: "place" | "actor", key: string) => (kind === "place" ? names.placeLabel(key) : names.actorLabel(key)).ar;
  let created = 0;
  for (const m of close.filter((x) => !taken.has(x.claimId))) {
    const [a, b] = claimId < m.claimId ? [claimId, m.claimId] : [m.claimId, claimId];
    const { shown } = readableTerms(m.shared, nameOf);
    const reasons = [reasonText({ code: "similarity", score: m.score.toFixed(2) })];
    if (shown.length > 0) reasons.push(reasonText({ code: "sharedTerms", terms: shown.join("، ") }));
    const proposal = { a, b, type: "same_event" as const, score: m.score, reasons };
    const link = await tx.claimLink.create({ data: proposedLinkRow(proposal) });
    await appendEvent(tx, proposedLinkEvent(link.id, proposal));
    created += 1;
  }
  return created;
}
