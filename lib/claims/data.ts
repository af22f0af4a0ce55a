import "server-only";
import type { Db } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import { toClaimDto } from "./dto";

export async function getClaim(db: Db, id: string) {
  const claim = await db.claim.findUnique({ where: { id } });
  return claim ? toClaimDto(claim) : null;
}

/** A claim's history: its own events and those of the suggestion it was accepted from. */
export async function getClaimHistory(db: Db, id: string) {
  const claim = await db.claim.findUnique({ where: { id }, include: { suggestion: { select: { id: true } } } });
  if (!claim) return null;
  const ids = [claim.id, ...(claim.suggestion ? [claim.suggestion.id] : [])];
  const { items } = await listEvents(db, { entityIds: ids }, 1, 500);
  return { claim: toClaimDto(claim), events: items };
}
