import { expect, test, type Page } from "@playwright/test";
import { dragSelect, signIn, users } from "./helpers";

const text = [
  "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من بلدة أم صميمة في ولاية شمال كردفان صباح الاثنين.",
  "وقال شهود عيان إن قوات الدعم السريع دفعت بتعزيزات عسكرية كبيرة إلى بلدة أم صميمة يوم الثلاثاء.",
  "وأعلنت ميليشيا حراس الوادي أنها دفعت بمقاتليها إلى أم صميمة.",
].join("\n\n");

/** Selects a phrase in the reader and says "This is… a place / an actor", creating the entry. */
async function mark(page: Page, what: "a place" | "an actor", phrase: string, kind: string, nameEn: string, parent?: string) {
  await dragSelect(page, page.getByRole("document", { name: /Article text/ }), phrase);
  await expect(page.locator(".quote-preview")).toHaveText(phrase);
  await page.getByRole("button", { name: what }).click();
  const form = page.getByRole("form", { name: what });
  await form.getByLabel("English name").fill(nameEn);
  await form.getByLabel("Kind").selectOption({ label: kind });
  if (parent) await form.getByLabel("Lies in").selectOption({ label: parent });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test("an editor marks أم صميمة in a Sudan article as a town in North Kordofan and a militia as an actor; the knowledge page shows both", async ({
  page,
}) => {
  await signIn(page, users.editor);
  await page.goto("/import");
  await page.getByLabel("Title (optional: otherwise taken from the text)").fill("انسحاب من أم صميمة");
  await page.getByLabel("Outlet").fill("سودان تريبيون");
  await page.getByLabel("URL").fill(`https://example.org/sudan/${Date.now()}`);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Import" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("Imported");
  await status.getByRole("link").click();

  // North Kordofan is in the shipped places of the region; the village is not
  await mark(page, "a place", "أم صميمة", "town", "Um Sumeima", "North Kordofan");
  await mark(page, "an actor", "ميليشيا حراس الوادي", "armed group", "Valley Guards militia");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Knowledge" }).click();
  await expect(page.getByRole("region", { name: /Actors/ }).getByRole("row", { name: /Valley Guards militia/ })).toContainText(
    "armed group",
  );
  const places = page.getByRole("region", { name: /Places/ });
  const bara = places.getByRole("listitem").filter({ hasText: "Um Sumeima" });
  await expect(bara).toContainText("أم صميمة");
  await expect(bara).toContainText("(town)");
  // the hierarchy: the town is indented one step further than North Kordofan, the state it lies in
  const kordofan = places.getByRole("listitem").filter({ hasText: "North Kordofan" });
  await expect(kordofan).toBeVisible();
  const indent = (l: typeof bara) => l.evaluate((el) => getComputedStyle(el).paddingInlineStart);
  expect(parseFloat(await indent(bara))).toBeGreaterThan(parseFloat(await indent(kordofan)));
});

test("an editor corrects a place, adds a spelling, and decides which coalition the bare word التحالف means on this desk", async ({
  page,
}) => {
  await signIn(page, users.editor);
  await page.goto("/knowledge");
  const actors = page.getByRole("region", { name: /Actors/ });
  const newActor = actors.getByRole("form", { name: "Add an actor" });
  await newActor.getByLabel("Arabic name").fill("تحالف دعم الشرعية في اليمن");
  await newActor.getByLabel("English name").fill("Saudi-led coalition in Yemen");
  await newActor.getByLabel("Kind").selectOption({ label: "coalition" });
  await newActor.getByRole("button", { name: "Add an actor" }).click();
  await expect(actors.getByRole("link", { name: "Edit Saudi-led coalition in Yemen" })).toBeVisible();

  const bare = page.getByRole("region", { name: "Bare terms" });
  const coalition = bare.getByRole("form", { name: "What “التحالف” means" });
  await coalition.getByLabel("Means").selectOption({ label: "Saudi-led coalition in Yemen" });
  await coalition.getByRole("button", { name: "Save" }).click();
  await expect(coalition.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(bare.getByRole("form", { name: "What “التحالف” means" }).getByLabel("Means")).toHaveValue(
    await actors
      .getByRole("link", { name: "Edit Saudi-led coalition in Yemen" })
      .evaluate((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("actor")!),
  );

  const places = page.getByRole("region", { name: /Places/ });
  await places.getByRole("link", { name: "Edit Hasakah" }).click();
  const edit = places.getByRole("form", { name: "Edit Hasakah" });
  await edit.getByLabel("broad").check();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");
  await expect(places.getByRole("listitem").filter({ hasText: "Hasakah" }).first()).toContainText("broad");
  const spelling = places.getByRole("form", { name: "Add a spelling" });
  await spelling.getByLabel("Add a spelling").fill("الحسكة المدينة");
  await spelling.getByRole("button", { name: "Save" }).click();
  await expect(spelling.getByRole("status")).toHaveText("Saved.");
});
