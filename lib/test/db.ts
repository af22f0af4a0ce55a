// Fresh real databases for integration tests (no mocked Prisma): SQLite files copied from a
// migrated template, and PostgreSQL databases cloned from a migrated template when
// TEST_DATABASE_URL is set.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createClient, type Db } from "@/lib/db/client";

export type Provider = "sqlite" | "postgres";
const root = path.resolve(import.meta.dirname, "../..");
const runId = `${process.pid}_${Date.now().toString(36)}`;
const sqliteDir = path.join(root, "data", "test", runId);

export function testProviders(): Provider[] {
  return process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

function migrate(databaseUrl: string) {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

let sqliteTemplate: string | null = null;
let pgTemplate: string | null = null;

async function pgAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function pgUrl(name: string) {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

export type TestDb = { db: Db; url: string; provider: Provider; close: () => Promise<void> };

export async function freshDb(provider: Provider): Promise<TestDb> {
  const name = `t_${runId}_${Math.random().toString(36).slice(2, 8)}`;
  if (provider === "sqlite") {
    mkdirSync(sqliteDir, { recursive: true });
    if (!sqliteTemplate) {
      sqliteTemplate = path.join(sqliteDir, "template.db");
      migrate(`file:${sqliteTemplate}`);
    }
    const file = path.join(sqliteDir, `${name}.db`);
    copyFileSync(sqliteTemplate, file);
    const db = createClient({ provider: "sqlite", file, url: `file:${file}` });
    return {
      db,
      url: `file:${file}`,
      provider,
      close: async () => {
        await db.$disconnect();
        rmSync(file, { force: true });
      },
    };
  }
  if (!pgTemplate) {
    pgTemplate = `tpl_${runId}`;
    await pgAdmin((c) => c.query(`CREATE DATABASE "${pgTemplate}"`));
    migrate(pgUrl(pgTemplate));
  }
  await pgAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${pgTemplate}"`));
  const url = pgUrl(name);
  const db = createClient({ provider: "postgres", url });
  return {
    db,
    url,
    provider,
    close: async () => {
      await db.$disconnect();
      await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Drops the PostgreSQL template of this run (call from afterAll of the last suite, or leave for cleanup). */
export async function dropTemplates() {
  if (pgTemplate) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${pgTemplate}" WITH (FORCE)`));
  pgTemplate = null;
}
