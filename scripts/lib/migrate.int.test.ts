import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { EnvError } from "@/lib/db/env";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { migrateIfPending, pendingMigrations } from "./migrate";

// Command-line tools beside a running desk: they touch the schema only when a migration is pending,
// wait a bounded time for a busy database, and fail with one clear line.

afterAll(dropTemplates);

describe.each(testProviders())("migrations for command-line tools on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(provider);
  });
  afterEach(() => t.close());

  const busy = Object.assign(new Error("Command failed"), {
    stderr: Buffer.from("Error: Error in the underlying connector (WASM_ERROR): unknown variant `SocketTimeout`"),
  });

  it("does nothing on a migrated database, without starting the migration tool", async () => {
    let runs = 0;
    expect(await migrateIfPending(t.db, { deploy: () => void runs++ })).toEqual([]);
    expect(runs).toBe(0);
  });

  it("applies pending migrations, waiting for a database busy with the desk's writes", async () => {
    const [last] = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`,
    );
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last.migration_name}'`);
    expect(await pendingMigrations(t.db)).toEqual([last.migration_name]);
    let runs = 0;
    const deploy = () => {
      if (++runs < 3) throw busy;
    };
    expect(await migrateIfPending(t.db, { deploy, waitMs: 10_000 })).toEqual([last.migration_name]);
    expect(runs).toBe(3);
  });

  it("says in one line why it could not, when the database stays busy or the migration fails", async () => {
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations`);
    const stuck = await migrateIfPending(t.db, {
      waitMs: 600,
      deploy: () => {
        throw busy;
      },
    }).catch((e: Error) => e);
    expect(stuck).toBeInstanceOf(EnvError);
    expect((stuck as Error).message).toMatch(/^the database stayed busy for 1 s while \d+ migration\(s\) waited/);
    const broken = Object.assign(new Error("Command failed"), {
      stderr: Buffer.from("\nError: P3009 migrate found failed migrations\n"),
    });
    const failure = await migrateIfPending(t.db, {
      deploy: () => {
        throw broken;
      },
    }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(EnvError);
    expect((failure as Error).message).toMatch(/^applying \d+ migration\(s\) failed: Error: P3009/);
  });
});
