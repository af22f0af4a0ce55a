import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, GENESIS_HASH, storedEventHash } from "./hash";

const event = {
  seq: 12,
  at: "2025-07-04T09:30:00.125Z",
  actorId: "u1",
  actorLabel: "editor@claimdesk.local",
  sessionId: null,
  entityType: "claim",
  entityId: "c1",
  action: "decide",
  changes: { verdict: ["unverified", "false"], note: [null, 'بيان "رسمي" نفى الخبر'], status: ["new", "decided"] },
};

describe("storedEventHash", () => {
  it("equals the chain hash when the stored changes are canonical JSON", () => {
    const stored = { ...event, at: new Date(event.at), changes: canonicalJson(event.changes) };
    expect(storedEventHash(GENESIS_HASH, stored)).toBe(eventHash(GENESIS_HASH, event));
  });

  it("differs when the stored text is not canonical, so verification falls back to the full computation", () => {
    const stored = { ...event, at: new Date(event.at), changes: JSON.stringify(event.changes, null, 1) };
    expect(storedEventHash(GENESIS_HASH, stored)).not.toBe(eventHash(GENESIS_HASH, event));
  });
});
