// The hash chain: hash = SHA-256(prevHash + canonical JSON of the event), canonical per RFC 8785,
// so the hash never depends on the key order a database returns.
import { hash } from "node:crypto";
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

/** An event as a chain writer is given it: who, in which session, what changed. */
export type EventInput = {
  actor: { id: string | null; label: string };
  sessionId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
};

/** The fields an event's hash covers, laid out the one way every chain writer must lay them out. */
export function hashedFields(seq: number, at: Date, event: EventInput): HashedFields {
  return {
    seq,
    at: at.toISOString(),
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    sessionId: event.sessionId ?? null,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes,
  };
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("value cannot be canonicalized");
  return text;
}

export function eventHash(prevHash: string, event: HashedFields): string {
  return hash("sha256", prevHash + canonicalJson(event), "hex");
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
  // One-shot hashing: a third of the cost of createHash for inputs this small.
  return hash("sha256", prevHash + text, "hex");
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
