// Authors a migration for both providers without a shadow database: diff the schema the last
// migration produced (prisma/<provider>/migrated.prisma) against the current one, per provider.
//   npm run db:migration -- <name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}
const root = path.resolve(__dirname, "..");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const providers = [
  { dir: "sqlite", url: "file:./data/unused.db", lock: "sqlite" },
  // The JS schema engine connects even for a datamodel-only diff: any reachable server will do.
  { dir: "postgres", url: process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", lock: "postgresql" },
];

for (const p of providers) {
  const folder = path.join(root, "prisma", p.dir);
  const current = path.join(folder, "schema.prisma");
  const migrated = path.join(folder, "migrated.prisma");
  const from = existsSync(migrated) ? ["--from-schema-datamodel", migrated] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", current, "--script"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: p.url },
    encoding: "utf8",
  });
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log(`${p.dir}: no change`);
    continue;
  }
  const dir = path.join(folder, "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(folder, "migrations", "migration_lock.toml"), `provider = "${p.lock}"\n`);
  copyFileSync(current, migrated);
  console.log(`${p.dir}: wrote ${path.relative(root, dir)}/migration.sql`);
}
