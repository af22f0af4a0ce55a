// The app under test: a fresh database (SQLite or PostgreSQL) with one user per role and the sample
// corpus, and `next start` processes from the production build, on loopback ports only.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { freshDb, type Provider, type TestDb } from "@/lib/test/db";
import { createUser } from "@/lib/auth/mutations";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { ensureSearchIndex } from "@/lib/search/setup";
import { loadRegistrySeed } from "@/lib/sources/registry-mutations";
import { seedIfEmpty } from "@/seeds/seed-corpus";
import type { Role } from "@/lib/auth/roles";

export const root = path.resolve(import.meta.dirname, "../..");
export const AUTH_SECRET = "reliability-secret-0123456789abcdef0123456789";
export const users: Record<Role, { email: string; password: string }> = {
  admin: { email: "admin@claimdesk.local", password: "claimdesk-admin" },
  editor: { email: "editor@claimdesk.local", password: "editor-pass-1" },
  viewer: { email: "viewer@claimdesk.local", password: "viewer-pass-1" },
};

/** The first port of this suite's range (RELIABILITY_PORT, default 3400); each test file takes its own offset. */
export function port(offset: number) {
  return Number(process.env.RELIABILITY_PORT ?? 3400) + offset;
}

export function providers(): Provider[] {
  return process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

/** A fresh, migrated database with an admin, an editor, a viewer, the source registry and (by default) the sample corpus. */
export async function prepareDatabase(provider: Provider, { seed = true } = {}): Promise<TestDb> {
  process.env.BETTER_AUTH_SECRET = AUTH_SECRET;
  const test = await freshDb(provider);
  await ensureSearchIndex(test.db);
  for (const [role, user] of Object.entries(users) as [Role, (typeof users)[Role]][]) {
    await createUser(test.db, { ...user, role, name: role }, SYSTEM_ACTOR);
  }
  await test.db.$transaction((tx) => loadRegistrySeed(tx), { timeout: 60_000, maxWait: 60_000 });
  if (seed) await seedIfEmpty(test.db);
  return test;
}

export type Server = {
  base: string;
  process: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
};

/** `next start` on the reliability build against `databaseUrl`; resolves once it answers. */
export async function startServer(
  databaseUrl: string,
  portNumber: number,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
    BETTER_AUTH_SECRET: AUTH_SECRET,
    SIGN_IN_LIMIT_PER_MINUTE: "1000",
    ...extraEnv,
  };
  const base = `http://127.0.0.1:${portNumber}`;
  const taken = await fetch(base, { redirect: "manual" }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${portNumber} is already in use`);
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(portNumber)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // Kept for reading after a failure: data/reliability/server-<port>.log
  mkdirSync(path.join(root, "data/reliability"), { recursive: true });
  const logFile = createWriteStream(path.join(root, `data/reliability/server-${portNumber}.log`), { flags: "a" });
  const collect = (d: Buffer) => {
    output += d;
    logFile.write(d);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${base}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { base, process: child, log: () => output, stop: () => signal("SIGTERM"), kill9: () => signal("SIGKILL") };
}

/** Signs in through the real endpoint and returns the session cookie header value. */
export async function signIn(base: string, role: Role): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(users[role]),
  });
  if (!res.ok) throw new Error(`sign-in as ${role} answered ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Runs one of the project's command-line scripts (as `npm run` would) against `databaseUrl`. */
export function runScript(script: string, args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  const tsx = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server"];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...tsx, `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: AUTH_SECRET },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
