import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "@/lib/test/db";
import { configureSqlite } from "./client";

// One SQLite connection serves the whole app: a request's write made outside any transaction must not
// join another request's open transaction (and vanish with its rollback), nor may a read see its rows.
describe("one SQLite connection shared by concurrent requests", () => {
  let test: TestDb;
  beforeAll(async () => {
    test = await freshDb("sqlite");
  });
  afterAll(async () => {
    await test.close();
  });

  it("keeps an acknowledged write when another request's transaction rolls back", async () => {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const failing = test.db
      .$transaction(async (tx) => {
        await tx.source.create({ data: { name: "مصدر لم يكتمل", kind: "person" } });
        entered();
        await gate;
        throw new Error("refused halfway");
      })
      .catch((error: Error) => error.message);
    await inside;
    const seenDuring = test.db.source.count({ where: { name: "مصدر لم يكتمل" } });
    const write = test.db.source.create({ data: { name: "المرصد السوري لحقوق الإنسان", kind: "monitor" } });
    setTimeout(release, 50);
    expect(await failing).toBe("refused halfway");
    await write;
    expect(await seenDuring).toBe(0);
    expect(await test.db.source.count({ where: { name: "المرصد السوري لحقوق الإنسان" } })).toBe(1);
    expect(await test.db.source.count({ where: { name: "مصدر لم يكتمل" } })).toBe(0);
  });
});

describe("durable commits on SQLite", () => {
  let test: TestDb;
  beforeAll(async () => {
    test = await freshDb("sqlite");
  });
  afterAll(async () => {
    await test.close();
  });
  const synchronous = async () =>
    Number((await test.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous"))[0].synchronous);

  it("syncs every commit to disk by default, and only at checkpoints with DURABILITY=normal", async () => {
    await configureSqlite(test.db);
    expect(await synchronous()).toBe(2); // FULL
    const mode = await test.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode[0].journal_mode).toBe("wal");
    await configureSqlite(test.db, "normal");
    expect(await synchronous()).toBe(1); // NORMAL
  });
});
