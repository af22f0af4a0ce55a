import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn, switchLanguage, users } from "./helpers";

type Suggestion = { id: string; quote: string; state: string };
type Claim = { id: string; quote: string };

/** The claim made from the seed sentence containing `phrase`: accepts its suggestion, or finds the claim if it was accepted before. */
async function claimOf(request: APIRequestContext, filePrefix: string, phrase: string): Promise<Claim & { articleId: string }> {
  const list = await (await request.get("/api/articles?pageSize=100")).json();
  const article = list.items.find((a: { file: string | null }) => a.file?.startsWith(filePrefix));
  const detail = await (await request.get(`/api/articles/${article.id}`)).json();
  const existing = (detail.claims as Claim[]).find((c) => c.quote.includes(phrase));
  if (existing) return { ...existing, articleId: article.id };
  const suggestion = (detail.suggestions as Suggestion[]).find((s) => s.quote.includes(phrase) && s.state === "pending")!;
  const created = await request.post("/api/claims", { data: { suggestionId: suggestion.id } });
  expect(created.status()).toBe(201);
  return { ...(await created.json()), articleId: article.id };
}

test("the conflict board lists the drawdown-vs-reinforcement conflict; an editor confirms and resolves it from the keyboard", async ({
  page,
}) => {
  await signIn(page, users.editor);
  const handover = await claimOf(page.request, "002", "سلّم خلال شهر أيار");
  const withdrawal = await claimOf(page.request, "002", "انسحبت من ثلاث قواعد");
  const opening = await claimOf(page.request, "004", "كبيرة من قبل التحالف الدولي");

  // creating a claim answers after its links exist
  const api = await (await page.request.get(`/api/links?claim=${handover.id}&type=contradicts`)).json();
  const conflict = api.items.find((l: { a: Claim; b: Claim }) => [l.a.id, l.b.id].includes(opening.id));
  expect(conflict).toMatchObject({ type: "contradicts", status: "proposed", proposedBy: "system", version: 1 });
  expect(conflict.reasons).toContain("drawdown vs reinforcement");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Conflicts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Conflicts" })).toBeVisible();
  const board = page.getByRole("list", { name: "Links" });
  const item = board.getByRole("listitem").filter({ hasText: "سلّم خلال شهر أيار" });
  const other = board.getByRole("listitem").filter({ hasText: "انسحبت من ثلاث قواعد" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("كبيرة من قبل التحالف الدولي");
  await expect(item.getByRole("list", { name: "Reasons" })).toContainText("same region: Deir ez-Zor");
  await expect(item.getByRole("list", { name: "Reasons" })).toContainText("drawdown vs reinforcement");
  await expect(item.getByText("▼ drawdown")).toBeVisible();
  await expect(item.getByText("▲ reinforcement")).toBeVisible();
  await expect(other).toHaveCount(1);
  expect(withdrawal.id).toBeTruthy();

  // J from anywhere on the page starts at the first card; J / K move between conflicts
  await page.getByRole("heading", { level: 1, name: "Conflicts" }).click();
  await page.keyboard.press("j");
  await expect(board.locator(":scope > li").first()).toBeFocused();
  await item.focus();
  const index = await board.locator(":scope > li").evaluateAll((lis) => lis.findIndex((li) => li === document.activeElement));
  await page.keyboard.press(index === 0 ? "j" : "k");
  await expect(item).not.toBeFocused();
  await page.keyboard.press(index === 0 ? "k" : "j");
  await expect(item).toBeFocused();

  // R before confirming explains; C confirms
  await page.keyboard.press("r");
  await expect(page.getByText("Confirm the conflict first (C), then resolve it.")).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByRole("status")).toHaveText("Conflict confirmed.");
  await expect(item.locator(".badge.status-confirmed")).toHaveText("confirmed");
  // once handled, the focus moves on to the next conflict
  await expect(item).not.toBeFocused();
  await expect(board.locator(":scope > li:focus")).toHaveCount(1);

  // R opens the note; an empty note is refused; Enter saves
  await item.focus();
  await page.keyboard.press("r");
  const note = item.getByLabel("Resolution note");
  await expect(note).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(item.getByText("Resolving a conflict needs a note")).toBeVisible();
  await note.fill("both true: different months");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Conflict resolved.");
  await expect(item).toHaveCount(0); // no longer open

  await page
    .getByRole("navigation", { name: "Status" })
    .getByRole("link", { name: /Resolved/ })
    .click();
  const resolved = page.getByRole("list", { name: "Links" }).getByRole("listitem").filter({ hasText: "سلّم خلال شهر أيار" });
  await expect(resolved).toContainText("Resolution: both true: different months");

  // a stale change is refused through the API
  const stale = await page.request.patch(`/api/links/${conflict.id}`, { data: { status: "dismissed", version: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("STALE");

  // the claim page shows the link, and leads to the other claim's article
  await page.goto(`/articles/${handover.articleId}`);
  const claimItem = page.locator(`#claim-${handover.id}`);
  const links = claimItem.getByRole("list", { name: "Links" });
  await expect(links).toContainText("contradicts");
  await expect(links).toContainText("resolved");
  await links.getByRole("link").filter({ hasText: "شهدت مناطق شمال وشرق سوريا" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${opening.articleId}`));
  await expect(page.locator(`#claim-${opening.id}`).getByRole("list", { name: "Links" })).toContainText("resolved");

  // the claim's own page lists the link with its resolution
  await page.goto(`/claims/${handover.id}`);
  const panel = page.getByRole("region", { name: /^Links/ });
  await expect(panel).toContainText("contradicts");
  await expect(panel).toContainText("both true: different months");

  // history: proposed by the system, confirmed and resolved by the editor
  await page.getByRole("link", { name: "History of this claim" }).click();
  const badge = (text: string) => page.locator(".badge", { hasText: new RegExp(`^${text}$`) });
  const linkEvents = page
    .getByRole("listitem")
    .filter({ has: badge("link") })
    .filter({ hasText: "both true: different months" });
  await expect(linkEvents).toHaveCount(1);
  await expect(linkEvents).toContainText(users.editor.email);
  const confirmed = page
    .getByRole("listitem")
    .filter({ has: badge("link") })
    .filter({ hasText: "confirmed by" });
  await expect(confirmed).toHaveCount(1);
  const proposed = page
    .getByRole("listitem")
    .filter({ has: badge("link") })
    .filter({ has: badge("create") })
    .filter({ hasText: "drawdown vs reinforcement" });
  await expect(proposed.first()).toContainText("system");
});

test("an editor links two claims by hand from the article reader", async ({ page }) => {
  await signIn(page, users.editor);
  const qasrak = await claimOf(page.request, "004", "قاعدة قسرك");
  const sdf = await claimOf(page.request, "004", "3 آلاف عنصر");
  await page.goto(`/articles/${qasrak.articleId}`);
  const claimItem = page.locator(`#claim-${qasrak.id}`);
  await claimItem.getByRole("button", { name: "Link to a claim…" }).click();
  const form = claimItem.getByRole("form", { name: "Link to a claim" });
  await form.getByLabel("Link type").selectOption("same_event");
  await form.getByLabel("Find the other claim (words of its quote)").fill("قوات النخبة");
  await form.getByRole("button", { name: "Find" }).click();
  await form.getByRole("radio").first().check();
  await form.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link added." })).toBeVisible();
  await expect(claimItem.getByRole("list", { name: "Links" })).toContainText("same event");
  await expect(page.locator(`#claim-${sdf.id}`).getByRole("list", { name: "Links" })).toContainText("confirmed");

  // the same link twice is refused
  const dup = await page.request.post("/api/links", { data: { aId: sdf.id, bId: qasrak.id, type: "same_event" } });
  expect(dup.status()).toBe(409);
  const self = await page.request.post("/api/links", { data: { aId: sdf.id, bId: sdf.id, type: "supersedes" } });
  expect((await self.json()).error.code).toBe("SELF_LINK");
});

test("the timeline shows a place's claims by stance, with unknown dates apart", async ({ page }) => {
  await signIn(page, users.editor);
  await claimOf(page.request, "002", "سلّم خلال شهر أيار");
  await claimOf(page.request, "002", "انسحبت من ثلاث قواعد");
  await page.goto("/timeline?place=deir_ez_zor");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Deir ez-Zor");
  await expect(page.getByRole("list", { name: "Stances" })).toContainText("drawdown");
  await expect(page.getByRole("heading", { name: /Date unknown/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /سلّم خلال شهر أيار/ })).toBeVisible();
});

test("places, actors, link reasons and times follow the interface language on the board and the timeline", async ({ page }) => {
  await signIn(page, users.admin, "/");
  await claimOf(page.request, "002", "سلّم خلال شهر أيار");
  await claimOf(page.request, "004", "كبيرة من قبل التحالف الدولي");
  const pair = () =>
    page
      .getByRole("list", { name: /^(Links|الروابط)$/ })
      .getByRole("listitem")
      .filter({ hasText: "سلّم خلال شهر أيار" })
      .first();

  // English: English place and actor names, in the filters and in the reasons
  await page.goto("/conflicts?tab=all&place=deir_ez_zor");
  const place = page.getByRole("combobox", { name: "Place" });
  await expect(place.locator("option:checked")).toHaveText(/^Deir ez-Zor \(\d+\)$/);
  await expect(page.getByRole("combobox", { name: "Actor" })).toContainText("International Coalition");
  await expect(pair().getByRole("list", { name: "Reasons" })).toContainText("same region: Deir ez-Zor");

  await switchLanguage(page, "العربية");
  try {
    // Arabic: the reasons, the stances and the names in Arabic
    await page.goto("/conflicts?tab=all&place=deir_ez_zor");
    await expect(page.getByRole("combobox", { name: "المكان" }).locator("option:checked")).toHaveText(/^دير الزور \(\d+\)$/);
    const reasons = pair().getByRole("list", { name: "الأسباب" });
    await expect(reasons).toContainText("المنطقة نفسها: دير الزور");
    await expect(reasons).toContainText("تقليص مقابل تعزيز");
    // the claim's article gives no date: its time is unknown, said in Arabic in the reasons
    await expect(reasons).toContainText("(الزمن غير معروف)");
    await expect(reasons).not.toContainText("same");
    await expect(reasons).not.toContainText("unknown");

    // the timeline: the heading names the place in Arabic, and the time column speaks Arabic
    await page.goto("/timeline?place=deir_ez_zor");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("دير الزور");
    const row = page.getByRole("row").filter({ hasText: "سلّم خلال شهر أيار" }).first();
    await expect(row.getByRole("cell").first()).toHaveText("تاريخ غير معروف");
  } finally {
    await switchLanguage(page, "English");
  }
});
