// The Prisma client factory: one client per process, on the provider that DATABASE_URL selects.
// Both providers' clients are generated and bundled, so one build serves SQLite and PostgreSQL.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgres/client";
import { getEnv, type DatabaseConfig } from "./env";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// Kept on globalThis, like the client itself: the server bundle may hold several copies of this
// module (one per chunk), and a copy that did not create the client must still know its provider,
// or raw SQL would be written for the wrong database.
const globalForConfigs = globalThis as unknown as { claimdeskConfigs?: WeakMap<PrismaClient, DatabaseConfig> };
const configs = (globalForConfigs.claimdeskConfigs ??= new WeakMap());

/** The provider a client was created for (the auth adapter and raw SQL need it). */
export function providerOfClient(db: PrismaClient): "sqlite" | "postgresql" | undefined {
  const p = configs.get(db)?.provider;
  return p === undefined ? undefined : p === "sqlite" ? "sqlite" : "postgresql";
}

/** The database file of a SQLite client (undefined for PostgreSQL and for transaction clients). */
export function sqliteFileOfClient(db: PrismaClient): string | undefined {
  const config = configs.get(db);
  return config?.provider === "sqlite" ? config.file : undefined;
}

export function createClient(config: DatabaseConfig): PrismaClient {
  const client = instantiate(config);
  configs.set(client, config);
  return client;
}

// Every write appends to the one history chain, so writers queue on its head row (PostgreSQL) or on
// the single connection (SQLite). Prisma's defaults (2 s to start a transaction, 5 s to finish it)
// turned that queue into 500s under load; writers wait their turn instead.
const transactionOptions = { maxWait: 30_000, timeout: 30_000 };

function instantiate(config: DatabaseConfig): PrismaClient {
  if (config.provider === "sqlite") {
    mkdirSync(path.dirname(config.file), { recursive: true });
    // better-sqlite3's `timeout` is SQLite's busy timeout: writers wait instead of failing with SQLITE_BUSY.
    const adapter = new PrismaBetterSQLite3({ url: config.file, timeout: 15_000 });
    return new PrismaClient({ adapter, transactionOptions });
  }
  const adapter = new PrismaPg({ connectionString: config.url, max: 10 });
  // Both clients are generated from the same models; their APIs differ only in provider-only
  // options (e.g. case-insensitive filters), so one type serves the app.
  return new PgPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.claimdeskDb) {
    const config = getEnv().database;
    globalForDb.claimdeskDb = createClient(config);
    // Issued first on the client's connection, so every later query runs after it; a failure here
    // (an unreadable file) surfaces again, with its message, on the first real query.
    if (config.provider === "sqlite") configureSqlite(globalForDb.claimdeskDb, getEnv().DURABILITY).catch(() => undefined);
  }
  return globalForDb.claimdeskDb;
}

/**
 * WAL lets readers work while one writer commits; set once per database file (it persists). With
 * `synchronous = FULL` every commit reaches the disk before it is acknowledged (power loss keeps it);
 * `DURABILITY=normal` trades that for speed (WAL stays consistent; the last commits may be lost). The
 * planner gets table statistics (gathered when a table has none or has grown many times over, about
 * a second per 100,000 claims): without them it cannot tell a filter that keeps most claims from one
 * that keeps a few, and sorts 80,000 rows for a page of 50. Sampled statistics (analysis_limit)
 * misjudge the few-valued link type and status columns and send link look-ups through them.
 */
export async function configureSqlite(db: PrismaClient, durability: "full" | "normal" = "full"): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe(`PRAGMA synchronous = ${durability === "full" ? "FULL" : "NORMAL"}`);
  await db.$queryRawUnsafe("PRAGMA optimize = 0x10002");
}

export function providerOf(): DatabaseConfig["provider"] {
  return getEnv().database.provider;
}
