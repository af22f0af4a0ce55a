// Serves the built app for the e2e suite on a fresh database: SQLite under data/e2e/, or a fresh
// PostgreSQL database from TEST_DATABASE_URL when E2E_DB=postgres.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { freshPostgresDatabase } from "./lib/pg-fresh";

const port = process.argv[2] ?? "3210";
const root = path.resolve(__dirname, "..");

async function main() {
  let databaseUrl: string;
  if (process.env.E2E_DB === "postgres") {
    databaseUrl = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!, "claimdesk_e2e");
  } else {
    const dir = path.join(root, "data", `e2e-${port}`);
    rmSync(dir, { recursive: true, force: true });
    databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    ADMIN_EMAIL: "admin@claimdesk.local",
    ADMIN_PASSWORD: "claimdesk-admin",
    // The suite signs in from one address dozens of times a minute.
    SIGN_IN_LIMIT_PER_MINUTE: "1000",
  };
  const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];
  await run(process.execPath, [...tsx, "scripts/prepare-db.ts"], env);
  await run(
    process.execPath,
    [...tsx, "scripts/user-create.ts", "--email", "editor@claimdesk.local", "--role", "editor", "--password", "editor-pass-1"],
    env,
  );
  await run(
    process.execPath,
    [...tsx, "scripts/user-create.ts", "--email", "editor2@claimdesk.local", "--role", "editor", "--password", "editor-pass-2"],
    env,
  );
  await run(
    process.execPath,
    [...tsx, "scripts/user-create.ts", "--email", "viewer@claimdesk.local", "--role", "viewer", "--password", "viewer-pass-1"],
    env,
  );
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
