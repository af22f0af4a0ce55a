// Prisma CLI configuration: the JS schema engine with a driver adapter, so migrations run offline.
// The provider (and so the schema and migrations folder) follows DATABASE_URL, as the app does.
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./lib/db/env";
import { migrationAdapter } from "./lib/db/migrate-adapter";

const database = parseDatabaseUrl(process.env.DATABASE_URL);
const folder = database.provider === "sqlite" ? "prisma/sqlite" : "prisma/postgres";

// The wasm engine leaves a 60 s timer behind; unref long timers so the CLI exits when done.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = setTimeoutOriginal(fn, ms, ...args);
  if ((ms ?? 0) >= 10_000) t.unref?.();
  return t;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  adapter: async () => migrationAdapter(database),
});
