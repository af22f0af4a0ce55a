import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { seedFiles } from "@/lib/test/seeds";
import { importBatch } from "@/lib/articles/import-batch";
import { SYSTEM_ACTOR } from "./schema";
import { findExpectedHead, verifyChain } from "./data";
import { appendEvent } from "./mutations";
import { REGISTRY_SEED } from "@/lib/sources/registry-seed";

// the source registry (one event per source), then five articles whose outlets all resolve to it
const IMPORT_EVENTS = REGISTRY_SEED.length + 5;

const root = path.resolve(import.meta.dirname, "../..");

function verifyCli(url: string, ...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/history-verify.ts", ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

afterAll(dropTemplates);

describe.each(testProviders())("the history chain on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(provider);
    await importBatch(t.db, seedFiles(), SYSTEM_ACTOR);
  });
  afterEach(() => t.close());

  it("verifies the events the importer appended", async () => {
    const result = await verifyChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.count).toBe(IMPORT_EVENTS);
    const cli = verifyCli(t.url);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain(`verified ${IMPORT_EVENTS} events`);
  });

  it("names the event that was tampered with", async () => {
    const victim = await t.db.reviewEvent.findFirstOrThrow({ where: { seq: 4 } });
    await t.db.reviewEvent.update({
      where: { id: victim.id },
      data: { changes: JSON.stringify({ title: [null, "عنوان مزور"] }) },
    });
    const result = await verifyChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: { id: victim.id, seq: 4 } });
    const cli = verifyCli(t.url);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`broken at event ${victim.id}`);
  });

  it("detects a truncated chain with --expect-head", async () => {
    const before = await verifyChain(t.db);
    if (!before.ok) throw new Error("chain should verify");
    const head = before.head.hash;
    // delete the last two events and move the head back, as someone hiding them would
    const kept = await t.db.reviewEvent.findFirstOrThrow({ where: { seq: before.count - 2 } });
    await t.db.reviewEvent.deleteMany({ where: { seq: { gt: before.count - 2 } } });
    await t.db.historyHead.update({ where: { id: 1 }, data: { seq: kept.seq, hash: kept.hash } });
    expect((await verifyChain(t.db)).ok).toBe(true);
    expect(await findExpectedHead(t.db, head)).toBeNull();
    const cli = verifyCli(t.url, "--expect-head", head);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain("truncated or rewritten");
  });

  it("notices deleted events even without an expected head", async () => {
    await t.db.reviewEvent.deleteMany({ where: { seq: IMPORT_EVENTS } });
    expect((await verifyChain(t.db)).ok).toBe(false);
  });

  it("keeps the chain intact under concurrent writers", async () => {
    const writers = Array.from({ length: 10 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 5; i++) {
          await t.db.$transaction((tx) =>
            appendEvent(tx, {
              actor: { id: null, label: `writer ${w}` },
              entityType: "article",
              entityId: `a${w}`,
              action: "update",
              changes: { n: [i, i + 1] },
            }),
          );
        }
      })(),
    );
    await Promise.all(writers);
    const result = await verifyChain(t.db);
    expect(result).toMatchObject({ ok: true, count: IMPORT_EVENTS + 50 });
  });
});
