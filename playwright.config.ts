import { defineConfig } from "@playwright/test";

// E2E runs against `next start` on a fresh database that scripts/e2e-server.ts prepares.
// E2E_DB=postgres runs the smoke project against an app built for PostgreSQL (TEST_DATABASE_URL).
const onPostgres = process.env.E2E_DB === "postgres";
// E2E_PORT lets several checkouts or engineers run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 3210) + (onPostgres ? 1 : 0);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_DIR
    ? [["list"], ["json", { outputFile: `${process.env.PLAYWRIGHT_JSON_DIR}/${onPostgres ? "e2e-pg" : "e2e"}.json` }]]
    : [["list"]],
  grep: onPostgres ? /@smoke/ : undefined,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/e2e-server.ts ${port}`,
    url: `http://localhost:${port}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
