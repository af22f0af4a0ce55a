// npm run screenshots -- --base http://localhost:3000 [--prepare]: the main pages in English and Arabic,
// saved as docs/screenshots/<language>-<page>.png from the Chromium that prints reports.
// --prepare first gives a fresh sample desk something to show, through the JSON API as the admin:
// every pending suggestion accepted (which proposes the links), and a review session with a few decisions.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

const args = process.argv.slice(2);
const base = args[args.indexOf("--base") + 1] ?? "http://localhost:3000";
const prepare = args.includes("--prepare");
const out = path.resolve(__dirname, "..", "docs", "screenshots");
const admin = {
  email: process.env.ADMIN_EMAIL ?? "admin@claimdesk.local",
  password: process.env.ADMIN_PASSWORD ?? "claimdesk-admin",
};

async function api<T>(page: Page, method: "GET" | "POST", url: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${base}${url}`, { method, data });
  if (!response.ok() && response.status() !== 409)
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

type Articles = { items: Array<{ id: string }> };
type Detail = { suggestions: Array<{ id: string; state: string }> };
type Claims = { items: Array<{ id: string; version: number }> };

async function prepareDesk(page: Page) {
  const articles = await api<Articles>(page, "GET", "/api/articles?pageSize=100");
  for (const a of articles.items) {
    const detail = await api<Detail>(page, "GET", `/api/articles/${a.id}`);
    for (const s of detail.suggestions.filter((x) => x.state === "pending"))
      await api(page, "POST", "/api/claims", { suggestionId: s.id });
  }
  const claims = await api<Claims>(page, "GET", "/api/claims?pageSize=12&sort=position&order=asc");
  const session = await api<{ id: string }>(page, "POST", "/api/sessions", {
    title: "مراجعة الصباح — حضور التحالف في دير الزور",
    date: new Date().toISOString().slice(0, 10),
    claimIds: claims.items.map((c) => c.id),
  });
  // queuing moved the claims to in_review: decide on their current versions
  const queued = await api<Claims>(page, "GET", "/api/claims?pageSize=12&sort=position&order=asc");
  const verdicts = ["contested", "unverifiable", "unverified", "contested"];
  for (const [i, verdict] of verdicts.entries()) {
    const c = queued.items[i];
    if (c) await api(page, "POST", `/api/sessions/${session.id}/decisions`, { claimId: c.id, verdict, version: c.version });
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(`${base}/sign-in`);
  await page.locator("input[name=email]").fill(admin.email);
  await page.locator("input[name=password]").fill(admin.password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  if (prepare) await prepareDesk(page);

  const firstArticle = (await api<Articles>(page, "GET", "/api/articles?pageSize=1")).items[0]?.id;
  const firstSession = (await api<{ items: Array<{ id: string }> }>(page, "GET", "/api/sessions")).items[0]?.id;
  const pages: Array<[string, string | undefined]> = [
    ["dashboard", "/"],
    ["articles", "/articles"],
    ["article", firstArticle && `/articles/${firstArticle}`],
    ["claims", "/claims"],
    ["conflicts", "/conflicts"],
    ["review", firstSession && `/sessions/${firstSession}/review`],
  ];
  for (const language of ["en", "ar"] as const) {
    await page.locator(".language-switch select").selectOption(language);
    await page.waitForFunction((l) => document.documentElement.lang === l, language);
    for (const [name, url] of pages) {
      if (!url) continue;
      await page.goto(`${base}${url}`);
      await page.locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: path.join(out, `${language}-${name}.png`) });
      console.log(`${language}-${name}.png`);
    }
  }
  await page.locator(".language-switch select").selectOption("en");
  await browser.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
