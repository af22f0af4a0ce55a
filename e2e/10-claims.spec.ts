import { expect, test, type Page } from "@playwright/test";
import { dragSelect, signIn, users } from "./helpers";

const url = `https://example.org/news/${Date.now()}`;
const paragraphs = [
  "قالت مصادر محلية إن قوات التحالف الدولي انسحبت من قاعدة الشدادي في ريف الحسكة خلال شهر آذار 2025.",
  "وأضافت المصادر أن 40 شاحنة نقلت المعدات العسكرية إلى العراق عبر معبر الوليد الحدودي.",
  "وأكد المرصد السوري لحقوق الإنسان أن الدوريات المشتركة توقفت بشكل كامل منذ منتصف الشهر.",
  "ويرى مراقبون أن الخطوة تعكس تحولاً في الاستراتيجية الأمريكية.",
];

async function paste(page: Page, text: string) {
  await page.goto("/import");
  await page.getByLabel("Title (optional: otherwise taken from the text)").fill("انسحاب من قاعدة الشدادي");
  await page.getByLabel("Outlet").fill("وكالة الاختبار");
  await page.getByLabel("URL").fill(url);
  await page.getByLabel("Published (e.g. 04/07/2025, 2025-07-04 or أيار 2025)").fill("12/03/2025");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Import" }).click();
  return page.getByRole("status");
}

test("an editor imports an article, splits it into claims by mouse, keyboard and suggestions, and it all stays anchored", async ({
  page,
}) => {
  await signIn(page, users.editor);
  const status = await paste(page, paragraphs.join("\n\n"));
  await expect(status).toContainText("Imported");
  await status.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("انسحاب من قاعدة الشدادي");
  await expect(page.getByText("12 March 2025")).toBeVisible();
  const text = page.getByRole("document", { name: /Article text/ });

  // mouse
  await dragSelect(page, text, "شاحنة نقلت المعدات العسكرية");
  await expect(page.locator(".quote-preview")).toHaveText("شاحنة نقلت المعدات العسكرية");
  await page.getByRole("button", { name: "Make claim (C)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim created." })).toBeVisible();

  // keyboard: the first word, then four more, then C
  await text.focus();
  await page.keyboard.press("ArrowLeft");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowLeft");
  await expect(page.locator(".quote-preview")).toHaveText("قالت مصادر محلية إن قوات");
  await page.keyboard.press("c");
  await expect(page.getByRole("status").filter({ hasText: "Claim created." })).toBeVisible();

  // suggestions: accept one with A, reject another with R
  const suggestions = page.getByRole("region", { name: /Suggested claims/ }).getByRole("listitem");
  const observatory = suggestions.filter({ hasText: "المرصد السوري" });
  await observatory.focus();
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Suggestion accepted as a claim." })).toBeVisible();
  await expect(observatory).toHaveCount(0);
  const convoy = suggestions.filter({ hasText: "40 شاحنة" });
  await convoy.focus();
  await page.keyboard.press("r");
  await expect(page.getByRole("status").filter({ hasText: "Suggestion rejected." })).toBeVisible();

  await page.reload();
  const claims = page.getByRole("region", { name: /Claims \(3\)/ });
  await expect(claims).toBeVisible();
  const highlighted = await text.locator("[data-claims]").allTextContents();
  const joined = highlighted.join("");
  expect(joined).toContain("شاحنة نقلت المعدات العسكرية");
  expect(joined).toContain("قالت مصادر محلية إن قوات");
  expect(joined).toContain("وأكد المرصد السوري لحقوق الإنسان");
  await expect(page.getByRole("region", { name: /Suggested claims/ }).getByText("40 شاحنة")).toHaveCount(0);

  // history: each step with its actor
  await page.getByRole("link", { name: "History of this article" }).click();
  const badge = (text: string) => page.locator(".badge", { hasText: new RegExp(`^${text}$`) });
  const events = (entity: string, action: string) =>
    page
      .getByRole("listitem")
      .filter({ has: badge(entity) })
      .filter({ has: badge(action) });
  await expect(events("claim", "create")).toHaveCount(3);
  await expect(events("suggestion", "accept")).toHaveCount(1);
  await expect(events("suggestion", "reject")).toHaveCount(1);
  for (const e of await events("claim", "create").all()) await expect(e.locator(".actor")).toHaveText(users.editor.email);

  // a corrected version (one word changed) becomes a revision; the claims stay anchored
  const corrected = [...paragraphs];
  corrected[1] = corrected[1].replace("الحدودي", "البري");
  const again = await paste(page, corrected.join("\n\n"));
  await expect(again).toContainText("Stored as a new revision of");
  await again.getByRole("link").click();
  await expect(page.getByText("2 of 2")).toBeVisible();
  await expect(page.getByRole("region", { name: /Claims \(3\)/ })).toBeVisible();
  await expect(page.getByText(/Orphaned by a new revision/)).toHaveCount(0);
  await expect(
    page
      .getByRole("document", { name: /Article text/ })
      .locator("[data-claims]")
      .first(),
  ).toBeVisible();
});

test("bad spans and bad input are refused with a clear message", async ({ page }) => {
  await signIn(page, users.editor);
  const articles = await (await page.request.get("/api/articles?pageSize=10")).json();
  const hashtag = articles.items.find((a: { file: string }) => a.file?.startsWith("003_"));
  const detail = await (await page.request.get(`/api/articles/${hashtag.id}`)).json();
  const header = detail.furniture[0];
  const inFurniture = await page.request.post("/api/claims", {
    data: { articleId: hashtag.id, start: header.start, end: header.end },
  });
  expect(inFurniture.status()).toBe(400);
  expect((await inFurniture.json()).error.code).toBe("IN_FURNITURE");
  const outside = await page.request.post("/api/claims", { data: { articleId: hashtag.id, start: 10, end: 10_000_000 } });
  expect((await outside.json()).error.code).toBe("OUT_OF_RANGE");
  const invalid = await page.request.post("/api/claims", { data: { articleId: hashtag.id, start: "a", end: 3 } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fields).toBeTruthy();
  const s = detail.suggestions[0];
  const first = await page.request.post("/api/claims", { data: { suggestionId: s.id } });
  expect(first.status()).toBe(201);
  const twice = await page.request.post("/api/claims", { data: { suggestionId: s.id } });
  expect(twice.status()).toBe(409);
  expect((await twice.json()).error.code).toBe("ALREADY_ACCEPTED");
  const duplicate = await page.request.post("/api/claims", { data: { articleId: hashtag.id, start: s.start, end: s.end } });
  expect((await duplicate.json()).error.code).toBe("DUPLICATE");
});
