// kill -9 in the middle of a bulk import and of a burst of edits: after a restart the database is
// sound, every acknowledged write is there with its history, and the import completes on a re-run
// with the articles it had already stored skipped as duplicates.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "@/seeds/seed-corpus";
import { port, prepareDatabase, providers, signIn, startServer, type Server } from "./lib/app";
import { client } from "./lib/client";
import { expectAcknowledged, expectIntact } from "./lib/invariants";
import { articleLengths, writeLoad } from "./lib/writes";
import type { TestDb } from "@/lib/test/db";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});
let faults = 0;
afterAll(() => console.log(`faults survived: ${faults}`));

/** 30 distinct articles made of the sample corpus' paragraphs, each with its own dateline. */
function bulkFiles() {
  const paragraphs = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join(SEEDS_DIR, f), "utf8").split(/\n\s*\n/))
    .filter((p) => p.trim().length > 80);
  return Array.from({ length: 30 }, (_, i) => {
    const body = Array.from({ length: 6 }, (_, k) => paragraphs[(i * 7 + k * 11) % paragraphs.length]).join("\n\n");
    return { name: `bulk-${i}.txt`, text: `دمشق - تقرير رقم ${i + 1} عن الوضع الميداني\n\n${body}` };
  });
}

function upload(base: string, cookie: string, files: Array<{ name: string; text: string }>) {
  const form = new FormData();
  for (const f of files) form.append("files", new Blob([f.text]), f.name);
  return fetch(`${base}/api/import`, { method: "POST", headers: { cookie, origin: base }, body: form });
}

async function restart(test: TestDb, server: Server, portNumber: number) {
  await server.kill9();
  faults++;
  const again = await startServer(test.url, portNumber);
  cleanups.push(() => again.stop());
  return again;
}

describe.each(providers())("kill -9 on %s", (provider) => {
  const portNumber = port(provider === "sqlite" ? 6 : 7);

  it("survives a crash in the middle of a bulk import and completes it on a re-run", async () => {
    const test = await prepareDatabase(provider, { seed: false });
    cleanups.push(() => test.close());
    let server = await startServer(test.url, portNumber);
    cleanups.push(() => server.stop());
    const files = bulkFiles();
    const cookie = await signIn(server.base, "editor");
    const pending = upload(server.base, cookie, files).catch(() => null);
    while ((await test.db.article.count()) < 3) await new Promise((r) => setTimeout(r, 50));
    server = await restart(test, server, portNumber);
    expect(await pending).toBeNull();
    const stored = await test.db.article.count();
    expect(stored).toBeLessThan(files.length);
    await expectIntact(test.db, test.url);

    const rerun = await upload(server.base, await signIn(server.base, "editor"), files);
    expect(rerun.status).toBe(200);
    const { summary } = (await rerun.json()) as { summary: Record<string, number> };
    expect(summary).toMatchObject({ imported: files.length - stored, duplicates: stored, refused: 0 });
    expect(await test.db.article.count()).toBe(files.length);
    await expectIntact(test.db, test.url);
  });

  it("survives a crash in the middle of a burst of edits with every acknowledged edit kept", async () => {
    const test = await prepareDatabase(provider);
    cleanups.push(() => test.close());
    let server = await startServer(test.url, portNumber);
    cleanups.push(() => server.stop());
    const editor = client(server.base, await signIn(server.base, "editor"));
    for (let round = 0; round < 3; round++) {
      const load = writeLoad(editor, await articleLengths(editor), 8);
      await new Promise((r) => setTimeout(r, 2500));
      const ack = load.abandon();
      server = await restart(test, server, portNumber);
      await expectAcknowledged(test.db, ack);
      await expectIntact(test.db, test.url);
      Object.assign(editor, client(server.base, await signIn(server.base, "editor")));
    }
  });
});
