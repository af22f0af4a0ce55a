// History events for the synthetic corpus, chained with the same hashing and canonical JSON as
// appendEvent, so `npm run history:verify` checks a generated corpus like any other.
import { canonicalJson, eventHash, hashedFields } from "@/lib/history/hash";
import type { Actor, Changes } from "@/lib/history/schema";

export type EventRow = {
  id: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  sessionId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: string;
  prevHash: string;
  hash: string;
};

export type ChainEvent = {
  actor: Actor;
  sessionId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Changes;
};

export class SyntheticChain {
  readonly rows: EventRow[] = [];

  constructor(
    public seq: number,
    public hash: string,
    /** Milliseconds since the epoch of the next event; every event advances it. */
    public clock: number,
  ) {}

  now(): Date {
    return new Date(this.clock);
  }

  append(event: ChainEvent, stepMs = 1000): { seq: number; hash: string } {
    this.clock += stepMs;
    this.seq += 1;
    const at = new Date(this.clock);
    const fields = hashedFields(this.seq, at, event);
    const hash = eventHash(this.hash, fields);
    this.rows.push({
      ...fields,
      id: `bev${this.seq.toString(36).padStart(8, "0")}`,
      at,
      changes: canonicalJson(event.changes),
      prevHash: this.hash,
      hash,
    });
    this.hash = hash;
    return { seq: this.seq, hash };
  }

  /** Hands over the events appended since the last call (the caller writes them). */
  drain(): EventRow[] {
    return this.rows.splice(0, this.rows.length);
  }
}
