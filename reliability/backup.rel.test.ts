// Backups taken while editors keep writing restore into a fresh database with a verifying chain that
// is a prefix of the live one; a backup of a quiet desk restores to exactly the same content.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, type Db } from "@/lib/db/client";
import type { TestDb } from "@/lib/test/db";
import { dropPostgresDatabase, freshPostgresDatabase } from "@/scripts/lib/pg-fresh";
import { port, prepareDatabase, providers, root, runScript, signIn, startServer } from "./lib/app";
import { client } from "./lib/client";
import { expectIntact } from "./lib/invariants";
import { articleLengths, writeLoad } from "./lib/writes";

const dir = path.join(root, "data/reliability/backups");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

async function freshTarget(provider: string, name: string): Promise<string> {
  if (provider === "sqlite") return `file:${path.join(dir, `${name}.db`)}`;
  const url = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!, "claimdesk_restore");
  cleanups.push(() => dropPostgresDatabase(process.env.TEST_DATABASE_URL!, url));
  return url;
}

async function contentOf(db: Db) {
  return {
    events: await db.reviewEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true, hash: true } }),
    claims: await db.claim.findMany({
      orderBy: { id: "asc" },
      select: { id: true, verdict: true, statement: true, version: true, quote: true },
    }),
    articles: await db.article.count(),
    users: await db.user.count(),
    sources: await db.source.count(),
  };
}

describe.each(providers())("backup and restore on %s", (provider) => {
  it("backs up under write load and restores a verifying prefix, then an identical quiet copy", async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const test: TestDb = await prepareDatabase(provider);
    cleanups.push(() => test.close());
    const server = await startServer(test.url, port(provider === "sqlite" ? 4 : 5));
    cleanups.push(() => server.stop());
    const editor = client(server.base, await signIn(server.base, "editor"));
    const load = writeLoad(editor, await articleLengths(editor), 4);

    // Under load: let writes flow, back up, keep writing a little longer.
    await new Promise((r) => setTimeout(r, 3000));
    const busyFile = path.join(dir, `busy-${provider}.backup`);
    const busy = await runScript("backup", ["--", "--out", busyFile], test.url);
    expect(busy.code, busy.output).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    const ack = await load.stop();
    expect(ack.failed).toEqual([]);
    expect(ack.claims.size).toBeGreaterThan(0);

    const busyUrl = await freshTarget(provider, "busy-restored");
    const restoredBusy = await runScript("restore", ["--", busyFile], busyUrl);
    expect(restoredBusy.code, restoredBusy.output).toBe(0);
    expect(restoredBusy.output).toMatch(/verified \d+ events/);
    const busyDb = createClient(
      provider === "sqlite" ? { provider, file: busyUrl.slice(5), url: busyUrl } : { provider, url: busyUrl },
    );
    cleanups.push(() => busyDb.$disconnect());
    const live = await contentOf(test.db);
    const snapshot = await contentOf(busyDb);
    await expectIntact(busyDb, busyUrl);
    expect(snapshot.events.length).toBeGreaterThan(0);
    expect(live.events.slice(0, snapshot.events.length)).toEqual(snapshot.events);
    // the head the backup printed is the last event it holds, on either database
    const last = snapshot.events[snapshot.events.length - 1];
    expect(busy.output).toContain(`history head ${last.seq} ${last.hash}`);

    // Quiet: the same content exactly.
    const quietFile = path.join(dir, `quiet-${provider}.backup`);
    expect((await runScript("backup", ["--", "--out", quietFile], test.url)).code).toBe(0);
    const quietUrl = await freshTarget(provider, "quiet-restored");
    const restoredQuiet = await runScript("restore", ["--", quietFile], quietUrl);
    expect(restoredQuiet.code, restoredQuiet.output).toBe(0);
    const quietDb = createClient(
      provider === "sqlite" ? { provider, file: quietUrl.slice(5), url: quietUrl } : { provider, url: quietUrl },
    );
    cleanups.push(() => quietDb.$disconnect());
    expect(await contentOf(quietDb)).toEqual(live);
    await expectIntact(quietDb, quietUrl);
    console.log(`backup on ${provider}: ${ack.claims.size} claims and ${ack.verdicts.size} verdicts written during the backup`);

    // A restore never lands on a database that holds data.
    const refused = await runScript("restore", ["--", quietFile], test.url);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/restore into a new/);
  });
});
