import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, users } from "./helpers";

/** pdftotext puts spaces and bidi marks inside Arabic words: compare without them. */
const bare = (s: string) => s.replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "");

test("an editor exports a signed-off session as a PDF report whose text keeps the Arabic quotes in order", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, users.editor);
  const request = page.request;

  // three short claims (a few words, no punctuation) from one seed article, decided in a session
  // that is then signed off
  const articles = (await (await request.get("/api/articles?pageSize=50")).json()).items as Array<{
    id: string;
    file: string | null;
  }>;
  const article = articles.find((a) => a.file?.startsWith("001_")) ?? articles[0];
  const { text } = (await (await request.get(`/api/articles/${article.id}`)).json()) as { text: string };
  const claims: Array<{ id: string; quote: string }> = [];
  const words = [...text.matchAll(/[^\s]+/g)];
  for (let i = 40; i + 4 < words.length && claims.length < 3; i += 1) {
    const run = words.slice(i, i + 4);
    if (!run.every((w) => /^[\u0621-\u063A\u0641-\u064A]+$/.test(w[0]))) continue;
    i += 25;
    const from = run[0].index!;
    const to = run[3].index! + run[3][0].length;
    const start = [...text.slice(0, from)].length;
    const r = await request.post("/api/claims", {
      data: { articleId: article.id, start, end: start + [...text.slice(from, to)].length },
    });
    if (r.status() === 201) claims.push(await r.json());
  }
  expect(claims).toHaveLength(3);
  const created = await request.post("/api/sessions", {
    data: { title: "مراجعة التصدير — export check", date: "2025-11-30", claimIds: claims.map((c) => c.id) },
  });
  expect(created.status()).toBe(201);
  const sessionId = (await created.json()).id as string;
  const verdicts = ["false", "corroborated", "unverifiable"];
  for (const [i, c] of claims.entries()) {
    const { claim } = (await (await request.get(`/api/claims/${c.id}`)).json()) as { claim: { version: number } };
    const r = await request.post(`/api/sessions/${sessionId}/decisions`, {
      data: { claimId: c.id, verdict: verdicts[i], note: "لم يؤكد مصدر مستقل هذه الرواية", version: claim.version },
    });
    expect(r.status()).toBe(201);
  }
  const session = await (await request.get(`/api/sessions/${sessionId}`)).json();
  expect((await request.post(`/api/sessions/${sessionId}/sign-off`, { data: { version: session.version } })).status()).toBe(200);

  // the Export menu of the session page, from the keyboard
  await page.goto(`/sessions/${sessionId}`);
  await page.keyboard.press("Shift+X");
  const menu = page.getByRole("menu", { name: "Export" });
  await expect(menu.getByRole("menuitem", { name: "CSV (spreadsheet)" })).toBeFocused();
  const download = page.waitForEvent("download");
  await menu.getByRole("menuitem", { name: "PDF report" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^claimdesk-report-session-.+\.pdf$/);
  await expect(page.getByRole("status").filter({ hasText: "PDF report: 3 claims" })).toBeVisible();
  const pdf = testInfo.outputPath("report.pdf");
  await file.saveAs(pdf);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

  // the Arabic quotes are in the text, in logical order, in reading order of the article
  const extracted = bare(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"]).toString("utf8"));
  const positions = claims.map((c) => extracted.indexOf(bare(c.quote)));
  for (const [i, p] of positions.entries()) expect(p, `quote ${i + 1} in the PDF`).toBeGreaterThanOrEqual(0);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(extracted).toContain(bare("مراجعة التصدير"));
  expect(extracted).toContain(bare("لم يؤكد مصدر مستقل هذه الرواية"));
  expect(extracted).toMatch(/page1of\d+/);

  // the first two pages as pictures, for the docs
  const prefix = testInfo.outputPath("report-page");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, prefix]);
  if (process.env.EXPORT_SCREENSHOTS_DIR) {
    mkdirSync(process.env.EXPORT_SCREENSHOTS_DIR, { recursive: true });
    for (const n of [1, 2])
      copyFileSync(`${prefix}-${n}.png`, path.join(process.env.EXPORT_SCREENSHOTS_DIR, `report-page-${n}.png`));
  }

  // the same menu on the claims table exports its current filter; a viewer gets the HTML report too
  await page.goto("/claims?verdict=false");
  await page.getByRole("button", { name: /^Export/ }).click();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: "CSV (spreadsheet)" }).click();
  const csv = readFileSync(await (await csvDownload).path()).toString("utf8");
  expect(csv.startsWith("\uFEFFid,")).toBe(true);
  expect(csv).toContain(claims[0].id);
  expect(csv).not.toContain(claims[1].id);

  const bad = await request.get("/api/exports?format=xml");
  expect(bad.status()).toBe(400);
  const empty = await request.get(`/api/exports?format=csv&query=${encodeURIComponent("verdict=misleading&search=zzzzqqq")}`);
  expect(empty.status()).toBe(404);
});
