import { execFileSync } from "node:child_process";
import path from "node:path";

/** Applies pending migrations for the database DATABASE_URL selects (offline, JS schema engine). */
export function migrateDeploy(env: NodeJS.ProcessEnv = process.env) {
  const root = path.resolve(__dirname, "../..");
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
}
