import { expect, test, type Page } from "@playwright/test";
import { signIn, switchLanguage, users } from "./helpers";

// A story the sample knows nothing about: two outlets on the war in Sudan, one in Arabic and one in
// English, a day apart. The shipped places and armed actors are enough for the board to propose
// the conflict, with the force and the town named in the interface language.

const arabic =
  "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا بولاية شمال كردفان فجر الجمعة، بعد يومين من المعارك.";
const english =
  "Sudan's paramilitary Rapid Support Forces sent large military reinforcements to the town of Bara in North Kordofan state on Saturday, witnesses said.";

async function importAndAccept(page: Page, text: string, outlet: string, date: string, phrase: string) {
  await page.goto("/import");
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByLabel("URL").fill(`https://example.org/sudan/${Date.now()}-${outlet.length}`);
  await page.getByLabel("Published").fill(date);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Import" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("Imported");
  await status.getByRole("link").click();
  const suggestion = page
    .getByRole("region", { name: /Suggested claims/ })
    .getByRole("listitem")
    .filter({ hasText: phrase });
  await suggestion.focus();
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Suggestion accepted as a claim." })).toBeVisible();
}

test("a Sudan withdrawal and next-day reinforcements from two outlets are proposed as a conflict, named in both languages", async ({
  page,
}) => {
  await signIn(page, users.editor);
  await importAndAccept(page, arabic, "سودان تريبيون", "2025-10-24", "انسحبت من مدينة بارا");
  await importAndAccept(page, english, "Reuters", "2025-10-25", "sent large military reinforcements");

  await page.goto("/conflicts");
  const item = page.getByRole("list", { name: "Links" }).getByRole("listitem").filter({ hasText: "انسحبت من مدينة بارا" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("sent large military reinforcements");
  const reasons = item.getByRole("list", { name: "Reasons" });
  await expect(reasons).toContainText("same agent: Rapid Support Forces");
  await expect(reasons).toContainText("same place: Bara");
  await expect(reasons).toContainText("drawdown vs reinforcement");

  await switchLanguage(page, "العربية");
  const itemAr = page.getByRole("list", { name: "الروابط" }).getByRole("listitem").filter({ hasText: "انسحبت من مدينة بارا" });
  await expect(itemAr.getByRole("list", { name: "الأسباب" })).toContainText("المكان نفسه: بارا");
  await switchLanguage(page, "English");
});
