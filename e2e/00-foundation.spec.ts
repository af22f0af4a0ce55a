import { expect, test } from "@playwright/test";
import { signIn, users } from "./helpers";

test("an anonymous visitor is sent to sign-in @smoke", async ({ page }) => {
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in\?from=%2Farticles/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const api = await page.request.get("/api/articles");
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe("UNAUTHENTICATED");
  // the page names its icon, served to anyone (no 404 for a favicon on every page)
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  const served = await page.request.get(icon!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
});

test("a wrong password and an unknown account get the same message", async ({ page }) => {
  for (const attempt of [
    { email: users.admin.email, password: "wrong-password" },
    { email: "nobody@claimdesk.local", password: "wrong-password" },
  ]) {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(attempt.email);
    await page.getByLabel("Password").fill(attempt.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  }
});

test("the admin sees the sample corpus and reads an article right to left @smoke", async ({ page }) => {
  await signIn(page, users.admin);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(6); // header + five seed articles
  await expect(page.getByRole("cell", { name: "unknown outlet" })).toHaveCount(1);
  for (const outlet of ["المدن", "عنب بلدي", "شبكة الصحافة الحرة", "هاشتاغ"]) {
    await expect(page.getByRole("cell", { name: outlet, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: /الداخلية السورية تعترض رتلًا للتحالف الدولي/ }).click();
  const headline = page.getByRole("heading", { level: 1 });
  await expect(headline).toHaveText("الداخلية السورية تعترض رتلًا للتحالف الدولي في دير الزور لعدم استكمال إجراءات التنسيق");
  await expect(headline).toHaveAttribute("dir", "rtl");
  const text = page.getByRole("document", { name: /Article text/ });
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text).toHaveAttribute("lang", "ar");
  expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  expect(await text.evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Noto Naskh Arabic");
  // line breaks and paragraphs are kept
  expect(await text.evaluate((el) => el.textContent!.includes("\n\n"))).toBe(true);
});

test("a viewer cannot reach editing routes or change data", async ({ page }) => {
  await signIn(page, users.viewer);
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
  for (const route of ["/import", "/admin/users"]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  const api = await page.request.post("/api/articles", { data: { text: "نص تجريبي" } });
  expect(api.status()).toBe(403);
});

test("an editor cannot manage users", async ({ page }) => {
  await signIn(page, users.editor);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("the admin creates an account that can then sign in", async ({ page, browser }) => {
  await signIn(page, users.admin, "/admin/users");
  await page.goto("/admin/users");
  await page.getByLabel("E-mail", { exact: true }).fill("new.viewer@claimdesk.local");
  await page.getByLabel("Name", { exact: true }).fill("سارة");
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("The password needs at least 8 characters");
  await expect(page.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Initial password").fill("a-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Account created");
  const other = await browser.newPage();
  await signIn(other, { email: "new.viewer@claimdesk.local", password: "a-long-password" });
  await other.close();
});
