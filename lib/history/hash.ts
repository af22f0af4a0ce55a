// The hash chain: hash = SHA-256(prevHash + canonical JSON of the event), canonical per RFC 8785,
// so the hash never depends on the key order a database returns.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export const GENESIS_HASH = "0".repeat(64);

export type HashedFields = {
  seq: number;
  at: string; // ISO 8601, millisecond precision
  actorId: string | null;
  actorLabel: string;
  sessionId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
};

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("value cannot be canonicalized");
  return text;
}

export function eventHash(prevHash: string, event: HashedFields): string {
  return createHash("sha256").update(prevHash).update(canonicalJson(event)).digest("hex");
}

export type StoredEvent = Omit<HashedFields, "at" | "changes"> & { at: Date; changes: string };

/**
 * The hash of a stored event, whose `changes` column already holds canonical JSON (appendEvent writes
 * it so): the canonical text of the whole event is assembled around it (keys in RFC 8785 order)
 * instead of parsing and re-serializing it. When the stored text is not canonical the result differs
 * from eventHash, and the caller falls back to the full computation.
 */
export function storedEventHash(prevHash: string, e: StoredEvent): string {
  const s = JSON.stringify;
  const text = `{"action":${s(e.action)},"actorId":${s(e.actorId)},"actorLabel":${s(e.actorLabel)},"at":${s(e.at.toISOString())},"changes":${e.changes},"entityId":${s(e.entityId)},"entityType":${s(e.entityType)},"seq":${e.seq},"sessionId":${s(e.sessionId)}}`;
  return createHash("sha256").update(prevHash).update(text).digest("hex");
}

/** Drops fields whose value did not change, so history shows only real changes. */
export function diffFields<T extends Record<string, unknown>>(before: Partial<T>, after: Partial<T>) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (canonicalJson(a) !== canonicalJson(b)) changes[key] = [a, b];
  }
  return changes;
}
