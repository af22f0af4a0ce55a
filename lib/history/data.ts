import "server-only";
import { openSqliteReader, sqliteBatches } from "@/lib/db/bulk";
import type { Db } from "@/lib/db/client";
import { eventHash, GENESIS_HASH, storedEventHash, type StoredEvent } from "./hash";
import type { EventDto } from "./schema";

export type VerifyResult =
  | { ok: true; count: number; head: { seq: number; hash: string } }
  | { ok: false; count: number; brokenAt: { id: string; seq: number }; reason: string };

type EventRow = StoredEvent & { id: string; prevHash: string; hash: string };
type RawEventRow = Omit<EventRow, "at" | "seq"> & { at: Date | string; seq: number | bigint };

const EVENT_COLUMNS = `"id", "seq", "at", "actorId", "actorLabel", "sessionId", "entityType", "entityId", "action", "changes", "prevHash", "hash"`;
const toEventRow = (r: RawEventRow): EventRow => ({ ...r, seq: Number(r.seq), at: r.at instanceof Date ? r.at : new Date(r.at) });

/** Every event in seq order, in batches: raw rows, since mapping 300,000 models costs more than hashing them. */
async function* eventBatches(db: Db, size: number): AsyncGenerator<EventRow[]> {
  const reader = openSqliteReader(db);
  if (reader) {
    try {
      const sql = `SELECT ${EVENT_COLUMNS} FROM "ReviewEvent" ORDER BY "seq"`;
      for (const batch of sqliteBatches<RawEventRow>(reader, sql, [], size)) yield batch.map(toEventRow);
    } finally {
      reader.close();
    }
    return;
  }
  for (let after = 0; ;) {
    const rows = await db.$queryRawUnsafe<RawEventRow[]>(
      `SELECT ${EVENT_COLUMNS} FROM "ReviewEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`,
      after,
      size,
    );
    if (rows.length === 0) return;
    const batch = rows.map(toEventRow);
    after = batch[batch.length - 1].seq;
    yield batch;
  }
}

/** Walks the whole chain in seq order, recomputing every hash from the stored fields. */
export async function verifyChain(db: Db, batchSize = 10_000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for await (const rows of eventBatches(db, batchSize)) {
    for (const row of rows) {
      const fail = (reason: string): VerifyResult => ({ ok: false, count, brokenAt: { id: row.id, seq: row.seq }, reason });
      if (row.seq !== expectedSeq) return fail(`sequence gap: expected ${expectedSeq}, found ${row.seq}`);
      if (row.prevHash !== prevHash) return fail("previous hash does not match");
      if (storedEventHash(prevHash, row) === row.hash) {
        prevHash = row.hash;
        expectedSeq += 1;
        count += 1;
        continue;
      }
      let changes: unknown;
      try {
        changes = JSON.parse(row.changes);
      } catch {
        return fail("changes are not valid JSON");
      }
      const hash = eventHash(prevHash, {
        seq: row.seq,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        sessionId: row.sessionId,
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        changes,
      });
      if (hash !== row.hash) return fail("hash does not match the event's contents");
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
  const head = await db.historyHead.findUnique({ where: { id: 1 } });
  if (head && (head.seq !== count || head.hash !== prevHash)) {
    const last = await db.reviewEvent.findFirst({ orderBy: { seq: "desc" } });
    return {
      ok: false,
      count,
      brokenAt: { id: last?.id ?? "(none)", seq: last?.seq ?? 0 },
      reason: `chain head says ${head.seq} events, found ${count}: events were deleted`,
    };
  }
  return { ok: true, count, head: { seq: count, hash: prevHash } };
}

/**
 * A head printed earlier (at a sign-off or an export) must still be in the chain: if the chain was
 * truncated before it, or rewritten from an earlier point, that hash is gone.
 */
export async function findExpectedHead(db: Db, hash: string): Promise<{ seq: number } | null> {
  const found = await db.reviewEvent.findFirst({ where: { hash: hash.trim().toLowerCase() }, select: { seq: true } });
  return found;
}

export async function getHead(db: Db): Promise<{ seq: number; hash: string }> {
  const head = await db.historyHead.findUnique({ where: { id: 1 } });
  return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}

export async function listEvents(
  db: Db,
  where: { entityType?: string; entityIds?: string[]; sessionId?: string; actor?: string; action?: string },
  page = 1,
  pageSize = 100,
): Promise<{ items: EventDto[]; total: number }> {
  const filter = {
    ...(where.entityType ? { entityType: where.entityType } : {}),
    ...(where.entityIds ? { entityId: { in: where.entityIds } } : {}),
    ...(where.sessionId ? { sessionId: where.sessionId } : {}),
    ...(where.actor ? { actorLabel: where.actor } : {}),
    ...(where.action ? { action: where.action } : {}),
  };
  const [rows, total] = await Promise.all([
    db.reviewEvent.findMany({ where: filter, orderBy: { seq: "desc" }, skip: (page - 1) * pageSize, take: pageSize }),
    db.reviewEvent.count({ where: filter }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actor: r.actorLabel,
      actorId: r.actorId,
      session: r.sessionId,
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      changes: JSON.parse(r.changes),
    })),
  };
}
