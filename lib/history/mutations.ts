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

/**
 * Appends many events as one step of the chain: the head row is locked and moved once, the events
 * are written in batches. For writes that record an event per row (an import of many claims).
 */
export async function appendEvents(tx: Tx, events: readonly NewEvent[]): Promise<{ seq: number; hash: string } | null> {
  if (events.length === 0) return null;
  await tx.historyHead.upsert({ where: { id: 1 }, create: { id: 1, seq: 0, hash: GENESIS_HASH }, update: {} });
  const moved = await tx.historyHead.update({ where: { id: 1 }, data: { seq: { increment: events.length } } });
  let seq = moved.seq - events.length;
  let prevHash = moved.hash;
  const at = new Date();
  const rows = events.map((event) => {
    seq += 1;
    const fields = hashedFields(seq, at, event);
    const hash = eventHash(prevHash, fields);
    const row = { ...fields, at, changes: canonicalJson(event.changes), prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await tx.reviewEvent.createMany({ data: rows.slice(i, i + 500) });
  await tx.historyHead.update({ where: { id: 1 }, data: { hash: prevHash } });
  return { seq, hash: prevHash };
}
