// The one place that reads the environment. Parsed with zod so that a bad value stops the app
// with one clear line instead of failing later in a query.
import { z } from "zod";
import path from "node:path";

export const DEFAULT_SQLITE_FILE = "data/claimdesk.db";

export type DatabaseConfig = { provider: "sqlite"; file: string; url: string } | { provider: "postgres"; url: string };

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const value = raw?.trim();
  if (!value) {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  if (value.startsWith("file:")) {
    const rest = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!rest) throw new EnvError("DATABASE_URL file: needs a path, e.g. file:./data/claimdesk.db");
    const file = path.resolve(cwd, rest);
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError("DATABASE_URL is malformed: use file:<path> for SQLite or postgresql://user@host:port/db");
  }
  if (url.protocol === "postgres:" || url.protocol === "postgresql:") {
    if (!url.hostname || url.pathname.length <= 1) {
      throw new EnvError("DATABASE_URL for PostgreSQL needs a host and a database name");
    }
    return { provider: "postgres", url: value };
  }
  throw new EnvError(
    `DATABASE_URL uses an unsupported database (${url.protocol.replace(":", "")}): use file:<path> (SQLite) or postgresql://…`,
  );
}

export class EnvError extends Error {
  override name = "EnvError";
}

const envSchema = z.object({
  ADMIN_EMAIL: z.email({ error: "ADMIN_EMAIL must be an e-mail address" }).default("admin@claimdesk.local"),
  ADMIN_PASSWORD: z.string().min(8, { error: "ADMIN_PASSWORD needs at least 8 characters" }).default("claimdesk-admin"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address `npm start` listens on: this machine only unless the desk says otherwise. */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PUBLIC_BASE_URL: z.url({ error: "PUBLIC_BASE_URL must be a URL" }).default("https://factcheck.example.org"),
  DESK_NAME: z.string().min(1).default("Claimdesk"),
  /** SQLite: "full" (default) syncs every commit to disk, so an acknowledged write survives power
   * loss; "normal" syncs at checkpoints only (faster; the last commits may be lost on power loss,
   * never on a crash of the process). */
  DURABILITY: z.enum(["full", "normal"], { error: 'DURABILITY must be "full" or "normal"' }).default("full"),
});

export type AppEnv = z.infer<typeof envSchema> & { database: DatabaseConfig };

let cached: AppEnv | undefined;

export function getEnv(): AppEnv {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new EnvError(`${first.path.join(".")}: ${first.message}`);
  }
  cached = { ...parsed.data, database: parseDatabaseUrl(process.env.DATABASE_URL) };
  return cached;
}
