import { expect, test, type Page } from "@playwright/test";
import { signIn, switchLanguage, users } from "./helpers";

// A story the sample knows nothing about: two outlets on the war in Sudan, one in Arabic and one in
// English, a day apart. The shipped places and armed actors are enough for the board to propose
// the conflict, with the force and the town named in the interface language.

const arabic =
  "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا بولاية شمال كردفان فجر الجمعة، بعد يومين من المعارك.";
const english =
  "Sudan's paramilitary Rapid Support Forces sent large military reinforcements to the town of Bara in North Kordofan state on Saturday, witnesses said.";

async function importAndAccept(page: Page, text: string, outlet: string, date: string, phrase: string): Promise<string> {
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
  return new URL(page.url()).pathname.split("/").pop()!;
}

type Claim = { id: string; quote: string; version: number };
const claimsOf = async (page: Page, articleId: string): Promise<Claim[]> =>
  (await (await page.request.get(`/api/articles/${articleId}`)).json()).claims;

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

test("a claim another outlet republished is shown as matched, and as checked before once the first was decided", async ({
  page,
}) => {
  const wire =
    "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن 12 ألف شخص فروا من مدينة كادقلي إلى دولة جنوب السودان خلال أسبوع واحد.";
  await signIn(page, users.editor);
  const first = await importAndAccept(page, wire, "وكالة السودان للأنباء", "2025-11-02", "فروا من مدينة كادقلي");
  const [decided] = await claimsOf(page, first);
  const verdict = await page.request.patch(`/api/claims/${decided.id}`, {
    data: { verdict: "corroborated", note: "أكدته المفوضية في بيانها", version: decided.version },
  });
  expect(verdict.status()).toBe(200);

  const second = await importAndAccept(
    page,
    `نقلا عن وكالة الأنباء: ${wire}`,
    "صحيفة التغيير",
    "2025-11-03",
    "فروا من مدينة كادقلي",
  );
  const [copy] = await claimsOf(page, second);
  await page.goto(`/claims/${copy.id}`);
  const panel = page.getByRole("region", { name: /Matched claims/ });
  await expect(panel.locator(`a[href="/claims/${decided.id}"]`)).toContainText("فروا من مدينة كادقلي");
  await expect(panel.getByRole("note")).toContainText("Checked before:");
  await expect(panel.getByRole("note")).toContainText("corroborated");
});
