import "server-only";
import type { Tx } from "@/lib/db/client";
import { eventHash, canonicalJson, GENESIS_HASH, hashedFields } from "./hash";
import type { NewEvent } from "./schema";

/**
 * Appends one event to the chain inside the caller's transaction. Updating the head row first takes
 * its row lock, so concurrent writers (two app instances on PostgreSQL) append one after the other.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<{ seq: number; hash: string }> {
  await tx.historyHead.upsert({ where: { id: 1 }, create: { id: 1, seq: 0, hash: GENESIS_HASH }, update: {} });
  const head = await tx.historyHead.update({ where: { id: 1 }, data: { seq: { increment: 1 } } });
  const at = new Date();
  const fields = hashedFields(head.seq, at, event);
  const hash = eventHash(head.hash, fields);
  await tx.reviewEvent.create({
    data: { ...fields, at, changes: canonicalJson(event.changes), prevHash: head.hash, hash },
  });
  await tx.historyHead.update({ where: { id: 1 }, data: { hash } });
  return { seq: head.seq, hash };
}
