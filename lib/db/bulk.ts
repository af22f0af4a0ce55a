// Bulk reads: walks over whole tables (history verification, CSV export). On SQLite they read
// through a read-only connection of their own to the same file, rows straight from the driver in
// one snapshot; Prisma's per-row mapping costs more than the work done on 100,000 rows. On
// PostgreSQL (and for transaction clients) the caller's Prisma path is used.
import Database from "better-sqlite3";
import { sqliteFileOfClient, type Db } from "./client";

/**
 * A read-only SQLite connection of its own to a client's database, or null when the client is not
 * SQLite. One per walk (a connection runs one iterating statement at a time): close it when done.
 */
export function openSqliteReader(db: Db): Database.Database | null {
  const file = sqliteFileOfClient(db);
  return file ? new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 }) : null;
}

/** The rows of a query in batches, read in one snapshot (the statement's read transaction). */
export function* sqliteBatches<T>(reader: Database.Database, sql: string, params: unknown[], size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of reader.prepare(sql).iterate(...params)) {
    batch.push(row as T);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
