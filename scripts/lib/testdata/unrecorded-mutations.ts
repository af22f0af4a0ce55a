// A mutation module with one writer that records its event (through a helper) and one that does not;
// read by history-writes.test.ts, never imported.
type Tx = { claim: { update(args: unknown): Promise<unknown> } };
declare function appendEvent(tx: Tx, event: unknown): Promise<void>;

async function record(tx: Tx, id: string) {
  await appendEvent(tx, { entityId: id });
}

export async function renameRecorded(tx: Tx, id: string, statement: string) {
  await tx.claim.update({ where: { id }, data: { statement } });
  await record(tx, id);
}

export async function renameQuietly(tx: Tx, id: string, statement: string) {
  await tx.claim.update({ where: { id }, data: { statement } });
}
