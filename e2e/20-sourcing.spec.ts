import { expect, test, type Page } from "@playwright/test";
import { signIn, users } from "./helpers";

const stamp = Date.now();
const sourceName = `شبكة نهر الخابور ${stamp}`;
const bridge = "الجسر الرئيسي في بلدة الصور أغلق أمام حركة المرور";
const patrols = "الدوريات المشتركة توقفت بشكل كامل";
const text = [
  `ونقلت وسائل إعلام محلية أن ${bridge} منذ يوم الجمعة.`,
  `وأكد المرصد السوري لحقوق الإنسان أن ${patrols} منذ منتصف الشهر.`,
].join("\n\n");
const cp = (s: string) => [...s].length;
const spanOf = (quote: string) => {
  const start = cp(text.slice(0, text.indexOf(quote)));
  return { start, end: start + cp(quote) };
};

let articleId = "";
let claimId = "";

async function claimItem(page: Page, quote: string) {
  return page
    .getByRole("region", { name: /^Claims/ })
    .getByRole("listitem")
    .filter({ hasText: quote });
}

test.describe.serial("sourcing", () => {
  test("an editor attributes a claim to a new source by typing an alias, grades it B2 and finds it on the source's page", async ({
    page,
  }) => {
    await signIn(page, users.editor);
    const imported = await page.request.post("/api/articles", {
      data: { text, title: `اختبار المصادر ${stamp}`, url: `https://example.org/sourcing/${stamp}` },
    });
    expect(imported.status()).toBe(201);
    articleId = (await imported.json()).id;
    for (const quote of [bridge, patrols]) {
      const made = await page.request.post("/api/claims", { data: { articleId, ...spanOf(quote) } });
      expect(made.status()).toBe(201);
      const claim = await made.json();
      expect(claim.attributions.length).toBeGreaterThan(0);
      if (quote === bridge) claimId = claim.id;
    }

    await page.goto(`/articles/${articleId}`);
    // the suggested attribution of the observatory claim is confirmed with one key
    const observatory = (await claimItem(page, patrols)).getByRole("region", { name: "Sourcing" });
    await expect(observatory).toContainText("Monitor report");
    await expect(observatory).toContainText("suggested");
    await observatory.focus();
    await page.keyboard.press("y");
    await expect(page.getByRole("status").filter({ hasText: "Attribution confirmed." })).toBeVisible();
    await expect(observatory).not.toContainText("suggested");

    const sourcing = (await claimItem(page, bridge)).getByRole("region", { name: "Sourcing" });
    await sourcing.getByRole("button", { name: "Edit attribution (E)" }).click();
    const row = sourcing.getByRole("group", { name: "Attribution 1" });
    await row.getByLabel("Kind").selectOption("media_report");
    await row.getByLabel("Channel").selectOption("news_report");
    await row.getByRole("combobox", { name: "Source" }).fill(sourceName);
    await page.getByRole("option", { name: /Create new source/ }).click();
    await expect(row.getByText(`New source created: ${sourceName}`)).toBeVisible();
    await row.getByLabel("Reliability").selectOption("B");
    await expect(row.getByText("Minor doubts; a history of mostly valid information.")).toBeVisible();
    await row.getByLabel("Credibility").selectOption("2");
    await expect(row.getByText("Not confirmed; logical and consistent with other information.")).toBeVisible();
    await sourcing.getByRole("button", { name: "Save attribution" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Attribution saved." })).toBeVisible();
    // 100 × B (.8) × 2 (.8) × media report (.8) = 51
    await expect(sourcing).toContainText("Sourcing 51 · moderate · Media report · B2");
    await expect(sourcing.getByRole("link", { name: sourceName })).toBeVisible();
    await expect(sourcing).not.toContainText("suggested");

    // the new source is found by its name in quotes, and lists the claim
    await page.goto(`/sources?search=${encodeURIComponent(`"${sourceName}"`)}`);
    await page.getByRole("link", { name: sourceName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceName);
    await expect(page.getByText("Media outlet")).toBeVisible();
    const row2 = page.getByRole("row").filter({ hasText: bridge });
    await expect(row2).toContainText("B2");
    await row2.getByRole("link", { name: bridge }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}`));
  });

  test("the sourcing API: alias search, stale versions, unknown sources and self-merges are refused", async ({ page }) => {
    await signIn(page, users.editor2);
    const sdf = await (await page.request.get(`/api/sources?search=${encodeURIComponent("(قسد)")}`)).json();
    expect(sdf.items[0].name).toContain("قوات سوريا الديمقراطية");
    const claim = (await (await page.request.get(`/api/articles/${articleId}`)).json()).claims.find(
      (c: { id: string }) => c.id === claimId,
    );
    expect(claim).toMatchObject({ version: 2, sourcingStrength: 51, attributionsConfirmed: true });
    const url = `/api/claims/${claimId}/attributions`;
    const stale = await page.request.put(url, { data: { version: 1, attributions: [] } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "STALE" }, current: { version: 2, sourcingStrength: 51 } });
    const unknown = await page.request.put(url, {
      data: { version: 2, attributions: [{ kind: "media_report", sourceId: "nope" }] },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.code).toBe("UNKNOWN_SOURCE");
    const graded = await page.request.put(url, {
      data: { version: 2, attributions: [{ kind: "media_report", reliability: "G" }] },
    });
    expect(graded.status()).toBe(400);
    const source = claim.attributions[0].source;
    const page2 = await (await page.request.get(`/api/sources/${source.id}`)).json();
    expect(page2.claims.map((c: { id: string }) => c.id)).toContain(claimId);
    const self = await page.request.post(`/api/sources/${source.id}/merge`, {
      data: { into: source.id, version: page2.version },
    });
    expect(self.status()).toBe(400);
    expect((await self.json()).error.code).toBe("SELF_MERGE");
  });

  test("a viewer sees the grades but cannot change them", async ({ page }) => {
    await signIn(page, users.viewer);
    await page.goto(`/articles/${articleId}`);
    const sourcing = (await claimItem(page, bridge)).getByRole("region", { name: "Sourcing" });
    await expect(sourcing).toContainText("B2");
    await expect(sourcing.getByRole("link", { name: sourceName })).toBeVisible();
    await expect(page.getByRole("button", { name: /attribution/i })).toHaveCount(0);
    const refused = await page.request.put(`/api/claims/${claimId}/attributions`, { data: { version: 2, attributions: [] } });
    expect(refused.status()).toBe(403);
  });
});
