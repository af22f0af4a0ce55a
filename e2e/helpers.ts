import { expect, type Locator, type Page } from "@playwright/test";

export const users = {
  admin: { email: "admin@claimdesk.local", password: "claimdesk-admin" },
  editor: { email: "editor@claimdesk.local", password: "editor-pass-1" },
  editor2: { email: "editor2@claimdesk.local", password: "editor-pass-2" },
  viewer: { email: "viewer@claimdesk.local", password: "viewer-pass-1" },
};

export async function signIn(page: Page, who: { email: string; password: string }, from = "/articles") {
  await page.goto(`/sign-in?from=${encodeURIComponent(from)}`);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Switches the interface language with the top bar's select (kept on the account: switch back after). */
export async function switchLanguage(page: Page, language: "English" | "العربية") {
  await page.getByRole("combobox", { name: /Language|اللغة/ }).selectOption({ label: language });
  await expect(page.locator("html")).toHaveAttribute("lang", language === "English" ? "en" : "ar");
}

/** Drags the mouse across `phrase` inside `container`, as an editor selecting text would. */
export async function dragSelect(page: Page, container: Locator, phrase: string) {
  const points = await container.evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const i = node.textContent!.indexOf(phrase);
      if (i < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const rectOf = (from: number, to: number) => {
        const r = document.createRange();
        r.setStart(node!, from);
        r.setEnd(node!, to);
        return r.getBoundingClientRect();
      };
      const first = rectOf(i, i + 1);
      const last = rectOf(i + phrase.length - 1, i + phrase.length);
      const rtl = getComputedStyle(root).direction === "rtl";
      return {
        start: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
        end: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`phrase not found in one text run: ${phrase}`);
  }, phrase);
  await page.mouse.move(points.start.x, points.start.y);
  await page.mouse.down();
  await page.mouse.move(points.end.x, points.end.y, { steps: 8 });
  await page.mouse.up();
}
