import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// `next start` for benchmarks: its own build folder (.next-bench), a copy of the corpus database.

const root = path.resolve(__dirname, "../..");
export const BENCH_DIST_DIR = ".next-bench";

/** The newest modification time under the folders a build reads. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds into .next-bench when it is missing or older than the sources (or when asked). */
export function ensureBuild(force = false) {
  const buildId = path.join(root, BENCH_DIST_DIR, "BUILD_ID");
  const fresh =
    existsSync(buildId) &&
    statSync(buildId).mtimeMs > Math.max(...["app", "lib", "prisma"].map((d) => newestSource(path.join(root, d))));
  if (!force && fresh) return;
  console.log(`building the app into ${BENCH_DIST_DIR}`);
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("next build failed");
}

export async function startServer(databaseUrl: string, port: number): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/me`);
      if (r.status === 401) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer within 60 s");
}
