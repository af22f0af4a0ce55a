// Backups of the desk's database: SQLite through its online backup API (a consistent copy while the
// app keeps writing), PostgreSQL through pg_dump / pg_restore (custom format). Restores go into an
// empty database only, unless forced, so that a restore never mixes two histories.
import Database from "better-sqlite3";
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { Client } from "pg";
import type { DatabaseConfig } from "./env";

export class BackupError extends Error {
  override name = "BackupError";
}

export type BackupKind = "sqlite" | "pg_dump";

/** Which kind of backup a file holds, from its first bytes. */
export function backupKindOf(file: string): BackupKind {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const head = Buffer.alloc(16);
  const fd = openSync(file, "r");
  readSync(fd, head, 0, 16, 0);
  closeSync(fd);
  if (head.toString("latin1") === "SQLite format 3\0") return "sqlite";
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  throw new BackupError(`${file} is neither a SQLite backup nor a pg_dump archive`);
}

type Head = { seq: number; hash: string } | null;

/** Writes the backup; returns the history head it holds (read back from the copy or the archive). */
export async function backup(config: DatabaseConfig, out: string): Promise<Head> {
  if (config.provider === "sqlite") return backupSqlite(config.file, out);
  await checkPgTools(config.url, "pg_dump");
  run("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${out}`, libpqUrl(config.url)]);
  return pgDumpHead(out);
}

/** The history head a pg_dump archive holds: the one row of "HistoryHead" in its data, read back with pg_restore. */
export function pgDumpHead(file: string): Head {
  let sql: string;
  try {
    sql = execFileSync("pg_restore", ["--data-only", "--table=HistoryHead", "--file=-", file], {
      stdio: ["ignore", "pipe", "pipe"],
    }).toString();
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new BackupError(`pg_restore could not read the archive${stderr ? `: ${stderr}` : ""}`);
  }
  const lines = sql.split("\n");
  const copy = lines.findIndex((l) => /^COPY\s+\S*"?HistoryHead"?\s*\(/.test(l));
  if (copy < 0) return null;
  const columns = /\(([^)]*)\)/
    .exec(lines[copy])![1]
    .split(",")
    .map((c) => c.trim().replace(/"/g, ""));
  const row = lines[copy + 1];
  if (!row || row === "\\.") return null;
  const values = row.split("\t");
  const seq = Number(values[columns.indexOf("seq")]);
  const hash = values[columns.indexOf("hash")];
  return Number.isInteger(seq) && hash ? { seq, hash } : null;
}

async function backupSqlite(file: string, out: string): Promise<Head> {
  if (!existsSync(file)) throw new BackupError(`there is no database at ${file}`);
  const db = new Database(file, { fileMustExist: true, timeout: 15_000 });
  const partial = `${out}.partial`;
  try {
    // All remaining pages in one step: one read snapshot, so concurrent writers cannot restart the copy forever.
    await db.backup(partial, { progress: () => 1_000_000_000 });
  } finally {
    db.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  const check = copy.pragma("integrity_check", { simple: true });
  const head = (copy.prepare(`SELECT "seq", "hash" FROM "HistoryHead" WHERE "id" = 1`).get() as Head | undefined) ?? null;
  copy.close();
  if (check !== "ok") throw new BackupError(`the backup failed its integrity check: ${check}`);
  renameSync(partial, out);
  return head;
}

export async function restore(config: DatabaseConfig, file: string, force: boolean): Promise<void> {
  const kind = backupKindOf(file);
  if (config.provider === "sqlite") {
    if (kind !== "sqlite") throw new BackupError("this is a PostgreSQL backup: set DATABASE_URL to a postgresql:// database");
    if (existsSync(config.file) && statSync(config.file).size > 0 && !force)
      throw new BackupError(`${config.file} already exists: restore into a new file, or add --force to replace it`);
    const partial = `${config.file}.restoring`;
    const source = new Database(file, { readonly: true, fileMustExist: true });
    await source.backup(partial);
    source.close();
    for (const suffix of ["-wal", "-shm"]) rmSync(config.file + suffix, { force: true });
    renameSync(partial, config.file);
    return;
  }
  if (kind !== "pg_dump") throw new BackupError("this is a SQLite backup: set DATABASE_URL to file:<path>");
  await checkPgTools(config.url, "pg_restore");
  const tables = await pgQuery(config.url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
  if (tables[0].n > 0 && !force) throw new BackupError("the database is not empty: restore into a new database, or add --force");
  const clean = tables[0].n > 0 ? ["--clean", "--if-exists"] : [];
  run("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", ...clean, `--dbname=${libpqUrl(config.url)}`, file]);
}

/** libpq rejects Prisma's `schema` parameter. */
function libpqUrl(url: string) {
  const u = new URL(url);
  u.searchParams.delete("schema");
  return u.toString();
}

async function pgQuery(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The tool must exist and be at least as new as the server: pg_dump refuses servers newer than itself. */
async function checkPgTools(url: string, tool: "pg_dump" | "pg_restore") {
  const version = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0)
    throw new BackupError(
      `${tool} is not installed: install the PostgreSQL client tools (Debian: apt-get install postgresql-client)`,
    );
  const toolMajor = Number(version.stdout.match(/(\d+)(?:\.\d+)?/)?.[1]);
  const server = await pgQuery(url, "SHOW server_version_num");
  const serverMajor = Math.floor(Number(server[0].server_version_num) / 10000);
  if (toolMajor < serverMajor)
    throw new BackupError(
      `${tool} ${toolMajor} is older than the server (${serverMajor}): install client tools ${serverMajor} or newer`,
    );
}

function run(tool: string, args: string[]) {
  try {
    execFileSync(tool, args, { stdio: ["ignore", "inherit", "pipe"] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new BackupError(`${tool} failed${stderr ? `: ${stderr}` : ""}`);
  }
}
