// Fails when the provider schemas drifted from prisma/models.prisma, or when the models changed
// without a migration (each provider's migrated.prisma is the schema its last migration produced).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
execFileSync("npx", ["tsx", "scripts/schema-sync.ts", "--check"], { cwd: root, stdio: "inherit" });

let missing = false;
for (const dir of ["sqlite", "postgres"]) {
  const schema = readFileSync(path.join(root, "prisma", dir, "schema.prisma"), "utf8");
  const migrated = readFileSync(path.join(root, "prisma", dir, "migrated.prisma"), "utf8");
  if (schema !== migrated) {
    console.error(`prisma/${dir}: the models changed but no migration was written: run npm run db:migration -- <name>`);
    missing = true;
  }
}
if (missing) process.exit(1);
console.log("schema check: providers in step with prisma/models.prisma, migrations complete");
