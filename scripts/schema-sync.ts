// Writes the two provider schemas from prisma/models.prisma (the single source of truth).
// With --check it writes nothing and exits 1 when a committed provider schema has drifted.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const models = readFileSync(path.join(root, "prisma/models.prisma"), "utf8");
const providers = { sqlite: "sqlite", postgres: "postgresql" } as const;

const placeholderUrl: Record<string, string> = {
  sqlite: "file:./unused.db",
  postgresql: "postgresql://localhost/unused",
};

function render(dir: string, provider: string): string {
  return `// Generated from prisma/models.prisma by scripts/schema-sync.ts. Do not edit.
generator client {
  provider   = "prisma-client"
  output     = "../../lib/db/generated/${dir}"
  engineType = "client"
}

// The url is never used: the app and the CLI connect through driver adapters (lib/db).
datasource db {
  provider = "${provider}"
  url      = "${placeholderUrl[provider]}"
}

${models}`;
}

const check = process.argv.includes("--check");
let drift = false;
for (const [dir, provider] of Object.entries(providers)) {
  const file = path.join(root, "prisma", dir, "schema.prisma");
  const wanted = render(dir, provider);
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (current === wanted) continue;
  if (check) {
    console.error(`prisma/${dir}/schema.prisma differs from prisma/models.prisma: run npm run db:generate`);
    drift = true;
  } else {
    writeFileSync(file, wanted);
  }
}
if (drift) process.exit(1);
