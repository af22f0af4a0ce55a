// npm run test:reliability: load, crash, hostile input, access control and backups against `next start`
// (the production build in .next-e2e, reused when it is newer than the sources, built otherwise).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir };
const buildInputs = ["app", "lib", "seeds", "proxy.ts", "next.config.js", "package-lock.json"];

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return /\.(int\.)?test\.ts$/.test(entry) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsFresh() {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = Math.max(...buildInputs.map((entry) => newestMtime(path.join(root, entry))));
  return statSync(buildId).mtimeMs >= sources;
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (buildIsFresh()) console.log(`reusing the production build in ${distDir}`);
else run(path.join(root, "node_modules/.bin/next"), ["build"]);
const report = process.env.RELIABILITY_REPORT;
run(path.join(root, "node_modules/.bin/vitest"), [
  "run",
  "--project",
  "reliability",
  ...(report ? ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`] : []),
  ...process.argv.slice(2),
]);
