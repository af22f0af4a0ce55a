import { expect, test } from "@playwright/test";
import { signIn, users } from "./helpers";

test("an editor searches, filters and sorts the claims table, acts on a selection, and the URL keeps the view", async ({
  page,
}) => {
  await signIn(page, users.editor);
  // turn the suggestions of two seed articles into claims
  const articles = (await (await page.request.get("/api/articles?pageSize=50")).json()).items as Array<{
    id: string;
    file: string;
  }>;
  for (const prefix of ["000_", "002_", "003_", "004_"]) {
    const article = articles.find((a) => a.file?.startsWith(prefix))!;
    const detail = await (await page.request.get(`/api/articles/${article.id}`)).json();
    for (const s of detail.suggestions.filter((x: { state: string }) => x.state === "pending")) {
      const r = await page.request.post("/api/claims", { data: { suggestionId: s.id } });
      expect([201, 409]).toContain(r.status());
    }
  }

  await page.getByRole("link", { name: "Claims", exact: true }).click();
  // the article list has a search box of its own: wait for the claims table's
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: /Search claims/ }).fill("تعزيزات");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/search=/);
  const table = page.getByRole("table");
  // the plain spelling finds the broken-up one, and the match is marked in the original text
  await expect(table.locator("mark").filter({ hasText: "تعـ ـزيزات" }).first()).toBeVisible();

  await page.getByRole("button", { name: /^Sourcing/ }).click();
  await expect(page).toHaveURL(/sort=sourcing_strength/);
  await expect(page.getByRole("columnheader", { name: /Sourcing/ })).toHaveAttribute("aria-sort", "descending");

  await page.locator("details.multi > summary", { hasText: /^Status/ }).click();
  await page.getByRole("checkbox", { name: "new" }).click();
  await expect(page).toHaveURL(/status=new/);

  const rows = table.getByRole("row").filter({ has: page.getByRole("checkbox", { name: /Select claim/ }) });
  const before = await rows.count();
  expect(before).toBeGreaterThan(1);
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("group", { name: "Bulk actions" }).getByRole("combobox", { name: "Set status" }).selectOption("in_review");
  // the two are no longer "new", so they leave the filtered view
  await expect(rows).toHaveCount(before - 2);

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("searchbox")).toHaveValue("تعزيزات");
  await expect(rows).toHaveCount(before - 2);
  await page.goBack();
  await expect(page).not.toHaveURL(url);

  // the editor judges that the withdrawal sentence continues the SDF official's account
  const withdrawal = (await (await page.request.get(`/api/claims?search=${encodeURIComponent("انسحبت من ثلاث قواعد")}`)).json())
    .items[0];
  const attributed = await page.request.put(`/api/claims/${withdrawal.id}/attributions`, {
    data: {
      version: withdrawal.version,
      attributions: [{ kind: "anonymous", affiliation: "قسد", reliability: "C", credibility: 3 }],
    },
  });
  expect(attributed.status()).toBe(200);

  // anonymous-source claims about Deir ez-Zor, strongest first, two of them into a review session
  const created = await page.request.post("/api/sessions", { data: { title: "جلسة دير الزور", date: "2025-08-01" } });
  const sessionId = (await created.json()).id as string;
  await page.goto("/claims");
  await page.locator("details.multi > summary", { hasText: /^Attribution/ }).click();
  await page.getByRole("checkbox", { name: "Anonymous source" }).click();
  await expect(page).toHaveURL(/kind=anonymous/);
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: "Place" }).selectOption("deir_ez_zor");
  await expect(page).toHaveURL(/place=deir_ez_zor/);
  await expect(page.getByRole("combobox", { name: "Place" }).locator("option:checked")).toHaveText(/^Deir ez-Zor \(\d+\)$/);
  await page.getByRole("button", { name: /^Sourcing/ }).click();
  await expect(page).toHaveURL(/sort=sourcing_strength/);
  await expect(table).toContainText("سلّم خلال شهر أيار");
  await expect(table).toContainText("انسحبت من ثلاث قواعد");
  await expect(table).not.toContainText("قاعدتا الوزير وخراب الجير"); // anonymous, but in Hasakah
  const found = await rows.count();
  const quoteOf = (i: number) => rows.nth(i).locator(".quote-cell").getAttribute("title");
  const picked = [await quoteOf(0), await quoteOf(1)];
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page
    .getByRole("group", { name: "Bulk actions" })
    .getByRole("combobox", { name: "Add to session" })
    .selectOption({ label: "جلسة دير الزور (Aug 1, 2025)" });
  await expect(page.getByRole("status").filter({ hasText: "2 added to the session" })).toBeVisible();
  const session = await (await page.request.get(`/api/sessions/${sessionId}`)).json();
  expect(session.items).toHaveLength(2);
  expect(session.items.map((i: { quote: string }) => i.quote)).toEqual(picked);
  const view = page.url();
  await page.reload();
  expect(page.url()).toBe(view);
  await expect(rows).toHaveCount(found);

  const api = await page.request.get("/api/claims?sort=password");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.fields.sort).toBeTruthy();
});
