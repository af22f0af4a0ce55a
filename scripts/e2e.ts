// The e2e suite: Playwright in Debian's Chromium against `next start` on SQLite; with
// TEST_DATABASE_URL also the @smoke tests against the same build on PostgreSQL.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e" };

function step(label: string, cmd: string, args: string[], extra: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extra }, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

ensureChromium();
step("build the app", bin("next"), ["build"]);
step("e2e on SQLite", bin("playwright"), ["test", ...process.argv.slice(2)]);
if (process.env.TEST_DATABASE_URL) step("e2e smoke on PostgreSQL", bin("playwright"), ["test"], { E2E_DB: "postgres" });
else console.log("\nTEST_DATABASE_URL is not set: skipping the PostgreSQL e2e smoke test");
