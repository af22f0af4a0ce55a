// What must hold after any load, crash or hostile input: the database is sound, the chain verifies,
// every article and claim has its creation event, every creation event its row, and each claim's
// verdict and statement are the last ones its history recorded.
import Database from "better-sqlite3";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { providerOfClient } from "@/lib/db/client";
import { verifyChain } from "@/lib/history/data";
import type { Acknowledged } from "./writes";

export type Figures = { events: number; articles: number; claims: number };

/** `url` is the database's; on SQLite its file is checked through a new connection, as a restarted app would open it. */
export async function expectIntact(db: Db, url: string): Promise<Figures> {
  if (providerOfClient(db) === "sqlite") {
    const file = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    const check = file.pragma("integrity_check", { simple: false }) as Array<{ integrity_check: string }>;
    file.close();
    expect(check.map((r) => r.integrity_check).join("\n")).toBe("ok");
  }
  const chain = await verifyChain(db);
  expect(chain.ok ? "verified" : chain.reason).toBe("verified");

  const events = await db.reviewEvent.findMany({
    where: { entityType: { in: ["article", "claim"] } },
    orderBy: { seq: "asc" },
    select: { entityType: true, entityId: true, action: true, changes: true },
  });
  const created = { article: new Set<string>(), claim: new Set<string>() };
  const last = new Map<string, { verdict?: unknown; statement?: unknown }>();
  for (const e of events) {
    const type = e.entityType as "article" | "claim";
    if (e.action === "create") created[type].add(e.entityId);
    if (type !== "claim") continue;
    const changes = JSON.parse(e.changes) as Record<string, [unknown, unknown]>;
    const state = last.get(e.entityId) ?? {};
    if (changes.verdict) state.verdict = changes.verdict[1];
    if (changes.statement) state.statement = changes.statement[1];
    last.set(e.entityId, state);
  }
  const articles = await db.article.findMany({ select: { id: true } });
  const claims = await db.claim.findMany({ select: { id: true, verdict: true, statement: true } });
  expect(
    articles.filter((a) => !created.article.has(a.id)).map((a) => a.id),
    "articles without a create event",
  ).toEqual([]);
  expect(
    claims.filter((c) => !created.claim.has(c.id)).map((c) => c.id),
    "claims without a create event",
  ).toEqual([]);
  const articleIds = new Set(articles.map((a) => a.id));
  const claimIds = new Set(claims.map((c) => c.id));
  expect(
    [...created.article].filter((id) => !articleIds.has(id)),
    "article events without the article",
  ).toEqual([]);
  expect(
    [...created.claim].filter((id) => !claimIds.has(id)),
    "claim events without the claim",
  ).toEqual([]);
  for (const c of claims) {
    const state = last.get(c.id) ?? {};
    expect(c.verdict, `verdict of ${c.id} is its last recorded one`).toBe(state.verdict ?? "unverified");
    expect(c.statement ?? null, `statement of ${c.id} is its last recorded one`).toBe(state.statement ?? null);
  }
  return { events: await db.reviewEvent.count(), articles: articles.length, claims: claims.length };
}

/** Every claim and verdict the server acknowledged is in the database (a verdict at least at its acknowledged version). */
export async function expectAcknowledged(db: Db, ack: Pick<Acknowledged, "claims" | "verdicts">) {
  const claims = await db.claim.findMany({ where: { id: { in: [...ack.claims, ...ack.verdicts.keys()] } } });
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const id of ack.claims) {
    expect(byId.has(id), `acknowledged claim ${id}`).toBe(true);
  }
  const events = await db.reviewEvent.findMany({
    where: { entityType: "claim", entityId: { in: [...ack.verdicts.keys()] } },
    select: { entityId: true, changes: true },
  });
  for (const [id, { verdict, version }] of ack.verdicts) {
    expect(byId.get(id)!.version, `acknowledged verdict on ${id}`).toBeGreaterThanOrEqual(version);
    const recorded = events.some((e) => e.entityId === id && JSON.parse(e.changes).verdict?.[1] === verdict);
    expect(recorded, `history event of the verdict ${verdict} on ${id}`).toBe(true);
  }
}
