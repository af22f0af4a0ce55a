import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { EventRow } from "./chain";
import type { BlockRows } from "./corpus-rows";

// Bulk writes of the synthetic corpus: createMany in chunks, one transaction per block, tables in
// foreign-key order, then the block's history events and the chain head.

const CHUNK = 500;
const TX = { timeout: 600_000, maxWait: 60_000 } as const;

async function createMany<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function writeEvents(tx: Tx, events: EventRow[]) {
  await createMany(events, (data) => tx.reviewEvent.createMany({ data }));
  const last = events[events.length - 1];
  if (last) await tx.historyHead.update({ where: { id: 1 }, data: { seq: last.seq, hash: last.hash } });
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rows are built to the models' shapes by corpus-rows.ts */
export async function writeBlock(db: Db, block: BlockRows, events: EventRow[]) {
  await db.$transaction(async (tx) => {
    await createMany(block.articles, (data) => tx.article.createMany({ data: data as any }));
    await createMany(block.revisions, (data) => tx.articleRevision.createMany({ data: data as any }));
    await createMany(block.bands, (data) => tx.shingleBand.createMany({ data: data as any }));
    await createMany(block.claims, (data) => tx.claim.createMany({ data: data as any }));
    await createMany(block.suggestions, (data) => tx.suggestion.createMany({ data: data as any }));
    await createMany(block.attributions, (data) => tx.attribution.createMany({ data: data as any }));
    await createMany(block.facets, (data) => tx.claimFacet.createMany({ data: data as any }));
    await createMany(block.sessions, (data) => tx.reviewSession.createMany({ data: data as any }));
    await createMany(block.participants, (data) => tx.sessionParticipant.createMany({ data: data as any }));
    await createMany(block.items, (data) => tx.sessionItem.createMany({ data: data as any }));
    await createMany(block.decisions, (data) => tx.decision.createMany({ data: data as any }));
    await writeEvents(tx, events);
  }, TX);
}

export async function writeLinks(db: Db, links: Array<Record<string, unknown>>, events: EventRow[]) {
  await db.$transaction(async (tx) => {
    await createMany(links, (data) => tx.claimLink.createMany({ data: data as any }));
    await writeEvents(tx, events);
  }, TX);
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Source ids by every name and alias, for attributing synthetic claims. */
export async function sourceIdsByName(db: Db): Promise<Map<string, string>> {
  const aliases = await db.sourceAlias.findMany({ select: { alias: true, sourceId: true } });
  const sources = await db.source.findMany({ select: { id: true, name: true } });
  return new Map([...aliases.map((a) => [a.alias, a.sourceId] as const), ...sources.map((s) => [s.name, s.id] as const)]);
}
