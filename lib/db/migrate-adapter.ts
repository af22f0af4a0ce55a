// Driver adapters for the Prisma CLI (migrations only). Authoring new migrations uses
// `prisma migrate diff` between schema files (scripts/migration-new.ts), so no shadow database is needed.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "./env";

export async function migrationAdapter(database: DatabaseConfig) {
  if (database.provider === "sqlite") {
    mkdirSync(path.dirname(database.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: database.file, timeout: 15_000 });
  }
  await patchPgNameType();
  return new PrismaPg({ connectionString: database.url, allowExitOnIdle: true });
}

// Prisma 6.19's JS schema engine cannot deserialize PostgreSQL's `name` (OID 19) and `"char"` (OID 18)
// columns of the catalog queries it runs (prisma/orm#27403); reporting them as `text` (25) is exact.
async function patchPgNameType() {
  const { createRequire } = await import("node:module");
  const Result = createRequire(__filename)("pg/lib/result.js") as {
    prototype: { addFields(fields: { dataTypeID: number }[]): void };
  };
  const proto = Result.prototype;
  const original = proto.addFields;
  if ((original as { patched?: boolean }).patched) return;
  const patched = function (this: unknown, fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
    return original.call(this, fields);
  };
  (patched as { patched?: boolean }).patched = true;
  proto.addFields = patched;
}
