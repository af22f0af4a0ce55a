import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Chromium for Playwright (never `playwright install`, which downloads a browser). */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  if (process.getuid?.() === 0) {
    console.log("installing Debian's chromium for the e2e suite…");
    execFileSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], {
      stdio: "inherit",
    });
    return;
  }
  console.error("The e2e suite needs Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).");
  process.exit(1);
}
