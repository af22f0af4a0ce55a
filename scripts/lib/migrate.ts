import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { providerOfClient, type Db } from "@/lib/db/client";
import { EnvError, getEnv } from "@/lib/db/env";

const root = path.resolve(__dirname, "../..");

/** Applies pending migrations for the database DATABASE_URL selects (offline, JS schema engine). */
export function migrateDeploy(env: NodeJS.ProcessEnv = process.env) {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The migrations this version ships for the configured provider that the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const client = providerOfClient(db);
  const provider = client === "postgresql" ? "postgres" : (client ?? getEnv().database.provider);
  const dir = path.join(root, "prisma", provider, "migrations");
  const shipped = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    applied = new Set(); // a database no migration ever ran on
  }
  return shipped.filter((m) => !applied.has(m));
}

const BUSY = /SocketTimeout|database is locked|SQLITE_BUSY|busy/i;

/**
 * Runs a command-line tool's migrations only when some are pending, so a tool started beside a
 * running desk reads its database without touching the schema. A database busy with the desk's
 * writes is waited for (up to `waitMs`, said on stderr); a failure is one clear line, not a trace.
 */
export async function migrateIfPending(
  db: Db,
  { waitMs = 30_000, deploy = () => migrateDeploy() }: { waitMs?: number; deploy?: () => void } = {},
): Promise<string[]> {
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return [];
  // our own connection would hold the SQLite file the migration tool needs; the client reconnects on its next query
  await db.$disconnect();
  const until = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      deploy();
      return pending;
    } catch (error) {
      const text = `${(error as { stderr?: Buffer }).stderr?.toString() ?? ""} ${String(error)}`;
      if (!BUSY.test(text) || Date.now() >= until)
        throw new EnvError(
          BUSY.test(text)
            ? `the database stayed busy for ${Math.round(waitMs / 1000)} s while ${pending.length} migration(s) waited to be applied: try again when the desk is quieter, or stop it and run npm run db:migrate`
            : `applying ${pending.length} migration(s) failed: ${
                text
                  .trim()
                  .split("\n")
                  .find((l) => l.trim()) ?? "unknown error"
              }`,
        );
      if (attempt === 1)
        process.stderr.write(
          `claimdesk: the database is busy; waiting up to ${Math.round(waitMs / 1000)} s to apply migrations\n`,
        );
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
