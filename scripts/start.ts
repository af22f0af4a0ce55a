// npm start: migrations, first admin, sample corpus, a build when needed, then `next start`.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { getEnv, EnvError } from "@/lib/db/env";
import { bootstrap } from "./lib/bootstrap";

const root = path.resolve(__dirname, "..");
const next = path.join(root, "node_modules/.bin/next");

/** Builds once (and again when the sources are newer than the build). */
function buildIfNeeded() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && newestSource(root) <= statSync(buildId).mtimeMs) return;
  console.log("building the app…");
  execFileSync(next, ["build"], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || ["node_modules", "data", "e2e", "docs", "bench"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

async function main() {
  const env = getEnv();
  await bootstrap();
  await getDb().$disconnect();
  buildIfNeeded();
  console.log(`Claimdesk on http://${env.HOST}:${env.PORT}  (sign in as ${env.ADMIN_EMAIL})`);
  const child = spawn(next, ["start", "-H", env.HOST, "-p", String(env.PORT)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof EnvError ? `claimdesk: ${error.message}` : error);
  process.exit(1);
});
