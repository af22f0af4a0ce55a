// npm test: lint, typecheck, schema check, unit, integration (SQLite; PostgreSQL when
// TEST_DATABASE_URL is set), the Playwright e2e suite and the reliability suite. Ends with one
// "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const reports = path.join(root, "data", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];

function step(label: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(`━━ ${label}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) {
    summary();
    process.exit(r.status ?? 1);
  }
}

function summary() {
  let passed = 0;
  let failed = 0;
  for (const name of ["unit.json", "integration.json", "reliability.json"]) {
    const file = path.join(reports, name);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
  }
  for (const name of ["e2e.json", "e2e-pg.json"]) {
    const file = path.join(reports, name);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    passed += r.stats?.expected ?? 0;
    failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
}

step("lint", bin("eslint"), [".", "--max-warnings=0"]);
step("format", bin("prettier"), ["--check", ".", "--log-level=warn"]);
step("typecheck", bin("tsc"), ["--noEmit"]);
step("schema and migrations", process.execPath, [...tsx, "scripts/check-schema.ts"]);
step("API types", process.execPath, [...tsx, "scripts/api-types.ts", "--check"]);
step("unit tests", bin("vitest"), [
  "run",
  "--project",
  "unit",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${path.join(reports, "unit.json")}`,
]);
if (!env.TEST_DATABASE_URL) console.log("\nTEST_DATABASE_URL is not set: integration tests run on SQLite only");
step("integration tests", bin("vitest"), [
  "run",
  "--project",
  "integration",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${path.join(reports, "integration.json")}`,
]);
step("e2e tests", process.execPath, [...tsx, "scripts/e2e.ts"], { PLAYWRIGHT_JSON_DIR: reports });
step("reliability tests", process.execPath, [...tsx, "scripts/reliability.ts"], {
  RELIABILITY_REPORT: path.join(reports, "reliability.json"),
});
summary();
