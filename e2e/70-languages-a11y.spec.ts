import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, switchLanguage, users } from "./helpers";

const mainPages = [
  "/",
  "/articles",
  "/claims",
  "/sources",
  "/conflicts",
  "/timeline",
  "/sessions",
  "/import",
  "/account",
  "/admin/users",
];

/** Serious and critical axe findings on the page as it stands, described one per line. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("switching the interface to Arabic lays it out right to left, translates it and is remembered", async ({ page }) => {
  await signIn(page, users.editor, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
  // at least one claim to show: accept the first suggestion of the first article
  const first = (await (await page.request.get("/api/articles?pageSize=1")).json()).items[0];
  const detail = await (await page.request.get(`/api/articles/${first.id}`)).json();
  const suggestion = detail.suggestions.find((x: { state: string }) => x.state === "pending");
  if (suggestion)
    expect([201, 409]).toContain((await page.request.post("/api/claims", { data: { suggestionId: suggestion.id } })).status());

  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await switchLanguage(page, "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation", { name: "الرئيسية" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "المكتب" })).toBeVisible();
  const verdicts = page.getByRole("table", { name: "الادعاءات حسب الحكم" });
  await expect(verdicts.getByRole("link", { name: "لم يُتحقق منه" })).toBeVisible();

  // the claims table (reached from the dashboard's verdict count): translated verdict badges, and the
  // claim text keeps its own direction
  await verdicts.getByRole("link", { name: "لم يُتحقق منه" }).click();
  await expect(page).toHaveURL(/verdict=unverified/);
  await expect(page.getByRole("heading", { level: 1, name: "الادعاءات" })).toBeVisible();
  await expect(page.getByRole("table").locator(".badge.verdict").first()).toHaveText("لم يُتحقق منه");
  await expect(page.locator(".quote-cell").first()).toHaveAttribute("dir", "rtl");

  // the articles list is translated; an article's title keeps its own direction
  await page.goto("/articles");
  await expect(page.getByRole("columnheader", { name: "العنوان" })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("الوسيلة", { exact: true })).toBeVisible();

  // remembered for the account: a new sign-in comes back in Arabic
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel("البريد الإلكتروني")).toBeVisible();
  await page.getByLabel("البريد الإلكتروني").fill(users.editor.email);
  await page.getByLabel("كلمة المرور").fill(users.editor.password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "المكتب" })).toBeVisible();

  await switchLanguage(page, "English");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
});

test("the ? key opens the list of keyboard shortcuts on any desk page", async ({ page }) => {
  await signIn(page, users.viewer, "/claims");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // the key works once the page has hydrated; until then the press goes nowhere
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(dialog).toContainText("set the verdict");
  await expect(dialog).toContainText("confirm the focused pair");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});

for (const [language, locale] of [
  ["English", "en"],
  ["العربية", "ar"],
] as const) {
  test(`the main pages have no serious accessibility violations in ${language}`, async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    await signIn(page, users.admin, "/");
    await switchLanguage(page, language);
    await page.goto("/articles");
    const articleHref = await page.getByRole("table").getByRole("link").first().getAttribute("href");
    const found: string[] = [];
    for (const path of [...mainPages, articleHref!]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      for (const v of await seriousViolations(page)) found.push(`${path} ${v}`);
    }
    await switchLanguage(page, "English");

    const visitor = await browser.newContext();
    await visitor.addCookies([{ name: "claimdesk-locale", value: locale, url: baseURL! }]);
    const signInPage = await visitor.newPage();
    await signInPage.goto("/sign-in");
    await expect(signInPage.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    for (const v of await seriousViolations(signInPage)) found.push(`/sign-in ${v}`);
    await visitor.close();
    expect(found).toEqual([]);
  });
}

test("an editor reviews a session from the keyboard in Arabic", async ({ page }) => {
  await signIn(page, users.editor2, "/");
  // a session over the claims of the last sample article (accepted from its suggestions)
  const articles = (await (await page.request.get("/api/articles?pageSize=50")).json()).items as Array<{ id: string }>;
  const article = articles[articles.length - 1];
  const detail = await (await page.request.get(`/api/articles/${article.id}`)).json();
  for (const s of detail.suggestions.filter((x: { state: string }) => x.state === "pending")) {
    expect([201, 409]).toContain((await page.request.post("/api/claims", { data: { suggestionId: s.id } })).status());
  }
  const claims = (await (await page.request.get(`/api/articles/${article.id}`)).json()).claims as Array<{ id: string }>;
  expect(claims.length).toBeGreaterThan(1);
  const created = await page.request.post("/api/sessions", {
    data: { title: "جلسة بالعربية", date: "2025-12-01", claimIds: claims.slice(0, 2).map((c) => c.id) },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await switchLanguage(page, "العربية");
  await page.goto(`/sessions/${id}/review`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("الادعاء 1 من 2");
  await expect(page.getByText("حُسم 0 من 2")).toBeVisible();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "اختصارات لوحة المفاتيح" });
  await expect(dialog).toContainText("تحديد الحكم");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "الحكم: متنازع عليه." })).toBeVisible();
  await expect(page.getByText("حُسم 1 من 2")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /الحكم/ }).locator(".badge.verdict")).toHaveText("متنازع عليه");
  await page.keyboard.press("n");
  await expect(heading).toContainText("الادعاء 2 من 2");

  await switchLanguage(page, "English");
  await expect(heading).toContainText("claim 2 of 2");
});

test.describe("a first visit from an Arabic browser", () => {
  test.use({ locale: "ar-SY" });

  test("gets the sign-in page in Arabic, right to left, and the switch still wins", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByLabel("البريد الإلكتروني")).toBeVisible();
    // the switch works once the page has hydrated; until then the change goes nowhere
    await expect(async () => {
      await page.getByRole("combobox", { name: /Language|اللغة/ }).selectOption({ label: "English" });
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr", { timeout: 1000 });
    }).toPass();
    await page.reload();
    await expect(page.getByLabel("E-mail")).toBeVisible();
  });
});
