import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn, users } from "./helpers";

type Suggestion = { id: string; state: string };

/** Six claims from one seed article, accepted from its suggestions through the API. */
async function sixSeedClaims(request: APIRequestContext): Promise<{ articleId: string; claimIds: string[] }> {
  const articles = (await (await request.get("/api/articles?pageSize=50")).json()).items as Array<{
    id: string;
    file: string | null;
  }>;
  let best: { id: string; pending: Suggestion[] } | null = null;
  for (const a of articles.filter((a) => a.file && !a.file.startsWith("003_"))) {
    const detail = (await (await request.get(`/api/articles/${a.id}`)).json()) as {
      claims: unknown[];
      suggestions: Suggestion[];
    };
    if (detail.claims.length > 0) continue;
    const pending = detail.suggestions.filter((s) => s.state === "pending");
    if (!best || pending.length > best.pending.length) best = { id: a.id, pending };
  }
  expect(best?.pending.length ?? 0).toBeGreaterThanOrEqual(6);
  const claimIds: string[] = [];
  for (const s of best!.pending) {
    if (claimIds.length === 6) break;
    const r = await request.post("/api/claims", { data: { suggestionId: s.id } });
    if (r.status() === 201) claimIds.push((await r.json()).id);
  }
  expect(claimIds).toHaveLength(6);
  return { articleId: best!.id, claimIds };
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const decidedStatus = (page: Page, verdict: string) => page.getByRole("status").filter({ hasText: `Decided: ${verdict}.` });

test("two editors work through a session from the keyboard, sign it off, and the history shows it all", async ({ browser }) => {
  test.setTimeout(180_000);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();
  await signIn(a, users.editor);
  await signIn(b, users.editor2);
  const { articleId, claimIds } = await sixSeedClaims(a.request);

  // a session with both editors, its queue filled from a filter
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
  const form = a.getByRole("form", { name: "New review session" });
  await form.getByLabel("Title").fill("حضور التحالف في دير الزور");
  await form.getByLabel("Date").fill("2025-11-30");
  await form.getByRole("checkbox", { name: users.editor2.email }).check();
  await form.getByRole("button", { name: "Create session" }).click();
  await expect(heading(a)).toHaveText("حضور التحالف في دير الزور");
  const sessionUrl = a.url();
  const sessionId = sessionUrl.split("/").pop()!;
  const finder = a.getByRole("form", { name: "Find claims" });
  await finder.getByLabel("Article").selectOption(articleId);
  await finder.getByRole("button", { name: "Find claims" }).click();
  await a.getByRole("button", { name: "Add 6 to the queue" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Added 6 claims to the queue." })).toBeVisible();
  await expect(a.getByRole("table", { name: "Queue" }).getByRole("row")).toHaveCount(7);
  await expect(a.getByText("Decided 0 of 6")).toBeVisible();

  // both open review mode on the first claim
  await a.getByRole("link", { name: "Start review" }).click();
  await expect(heading(a)).toContainText("claim 1 of 6");
  await b.goto(`/sessions/${sessionId}/review`);
  await expect(heading(b)).toContainText("claim 1 of 6");
  await a.keyboard.press("?");
  await expect(a.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("set the verdict");
  await a.keyboard.press("Escape");
  await expect(a.getByRole("dialog", { name: "Keyboard shortcuts" })).toHaveCount(0);

  // A decides; B, still on the old version, is refused with A's change shown and keeps the note
  await a.keyboard.press("3");
  await expect(decidedStatus(a, "contested")).toBeVisible();
  await expect(a.getByText("Decided 1 of 6")).toBeVisible();
  await b.keyboard.press("t");
  await b.keyboard.type("لا مصدر مستقل");
  await b.keyboard.press("Escape");
  await b.keyboard.press("6");
  await expect(b.locator("main").getByRole("alert")).toContainText("Someone changed this claim");
  const current = b.getByRole("region", { name: "Current values" });
  await expect(current).toContainText(users.editor.email);
  await expect(current).toContainText("contested");
  await expect(b.getByLabel(/^Note/)).toHaveValue("لا مصدر مستقل");
  await b.keyboard.press("6");
  await expect(decidedStatus(b, "unverifiable")).toBeVisible();

  // A decides claim 2; B sees it on the next navigation
  await a.keyboard.press("n");
  await expect(heading(a)).toContainText("claim 2 of 6");
  await a.keyboard.press("x");
  await expect(decidedStatus(a, "contested")).toBeVisible();
  await b.keyboard.press("n");
  await expect(heading(b)).toContainText("claim 2 of 6");
  await expect(b.getByText(`Decided in this session: contested by ${users.editor.email}`)).toBeVisible();
  await expect(b.getByText("Decided 2 of 6")).toBeVisible();

  // claim 3: `false` without evidence or note is refused, then accepted once evidence is added
  await b.keyboard.press("ArrowRight");
  await expect(heading(b)).toContainText("claim 3 of 6");
  await b.keyboard.press("f");
  await expect(b.locator("main").getByRole("alert")).toContainText("needs at least one evidence entry or a written note");
  await b.keyboard.press("e");
  await expect(b.getByLabel("What was checked")).toBeFocused();
  await b.keyboard.type("بيان رسمي ينفي الخبر");
  await b.getByLabel("Attachment (optional, at most 10 MB)").setInputFiles({
    name: "bayan.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("نص البيان"),
  });
  await b.getByRole("button", { name: "Add evidence" }).click();
  await expect(b.getByRole("list", { name: "Evidence" })).toContainText("بيان رسمي ينفي الخبر");
  const download = await b.request.get(
    (await b.getByRole("list", { name: "Evidence" }).getByRole("link", { name: "bayan.txt" }).getAttribute("href"))!,
  );
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(await download.text()).toBe("نص البيان");
  await b.keyboard.press("f");
  await expect(decidedStatus(b, "false")).toBeVisible();

  // A: claim 4 corroborated needs a note; claim 5 unverified; skip to claim 6
  await a.keyboard.press("n");
  await expect(heading(a)).toContainText("claim 3 of 6");
  await expect(a.getByText(`Decided in this session: false by ${users.editor2.email}`)).toBeVisible();
  await a.keyboard.press("n");
  await expect(heading(a)).toContainText("claim 4 of 6");
  await a.keyboard.press("2");
  await expect(a.locator("main").getByRole("alert")).toContainText("needs at least one evidence entry");
  await a.keyboard.press("/");
  await a.keyboard.type("أكده مراسلنا في دير الزور");
  await a.keyboard.press("Escape");
  await a.keyboard.press("c");
  await expect(decidedStatus(a, "corroborated")).toBeVisible();
  await a.keyboard.press("n");
  await expect(heading(a)).toContainText("claim 5 of 6");
  await a.keyboard.press("1");
  await expect(decidedStatus(a, "unverified")).toBeVisible();
  await a.keyboard.press("s");
  await expect(heading(a)).toContainText("claim 6 of 6");
  await a.keyboard.press("v");
  await expect(decidedStatus(a, "unverifiable")).toBeVisible();
  await expect(a.getByText("Decided 6 of 6")).toBeVisible();

  // sign-off: read-only, with its summary and the history head
  await a.goto(sessionUrl);
  await a.getByRole("button", { name: "Sign off…" }).click();
  await a.getByRole("button", { name: "Confirm sign-off" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Session signed off." })).toBeVisible();
  const summary = a.getByRole("region", { name: "Sign-off summary" });
  await expect(summary).toContainText("6 of 6");
  await expect(summary).toContainText(users.editor2.email);
  await expect(summary).toContainText(/History head at sign-off\s*event #\d+ · [0-9a-f]{64}/);
  const late = await b.request.post(`/api/sessions/${sessionId}/decisions`, {
    data: { claimId: claimIds[0], verdict: "contested", version: 99 },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.code).toBe("SIGNED_OFF");
  await b.reload();
  await expect(b.getByText("This session is signed off: read-only.")).toBeVisible();
  await expect(b.getByRole("button", { name: /^contested/ })).toBeDisabled();

  // the session's history: every decision, the evidence and the sign-off with its summary
  await a.getByRole("link", { name: "History of this session" }).click();
  const badge = (text: string) => a.locator(".badge", { hasText: new RegExp(`^${text}$`) });
  const events = (action: string) => a.getByRole("listitem").filter({ has: badge(action) });
  await expect(events("decide")).toHaveCount(7);
  await expect(events("sign_off")).toHaveCount(1);
  await expect(events("sign_off")).toContainText("perVerdict");
  await expect(a.getByRole("listitem").filter({ has: badge("evidence") })).toHaveCount(1);
  await a.getByLabel("Actor").selectOption(users.editor2.email);
  await a.getByRole("button", { name: "Filter" }).click();
  await expect(events("decide")).toHaveCount(2);

  // restoring an earlier statement on a claim, itself recorded
  await a.goto(`/claims/${claimIds[0]}`);
  const edit = a.getByRole("form", { name: "Edit the claim" });
  const statement = edit.getByLabel("Statement (the editor's paraphrase)");
  const saved = edit.getByRole("status");
  await statement.fill("صياغة أولى");
  await edit.getByRole("button", { name: "Save claim" }).click();
  await expect(saved).toHaveText(/^Saved \(version \d+\)\.$/);
  const first = Number((await saved.textContent())!.match(/\d+/)![0]);
  await statement.fill("صياغة ثانية");
  await edit.getByRole("button", { name: "Save claim" }).click();
  await expect(saved).toHaveText(`Saved (version ${first + 1}).`);
  await a.getByRole("link", { name: "History of this claim" }).click();
  await a.getByRole("button", { name: /Restore the earlier statement “صياغة أولى”/ }).click();
  // a restore asks first, showing what the field holds now and what it will hold; Cancel changes nothing
  const confirm = a.getByRole("group", { name: "Confirm restoring the statement" });
  await expect(confirm).toContainText("صياغة ثانية → صياغة أولى");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(
    a
      .getByRole("listitem")
      .first()
      .locator(".badge", { hasText: /^restore$/ }),
  ).toHaveCount(0);
  await a.getByRole("button", { name: /Restore the earlier statement “صياغة أولى”/ }).click();
  await a.getByRole("group", { name: "Confirm restoring the statement" }).getByRole("button", { name: "Restore it" }).click();
  await expect(
    a
      .getByRole("listitem")
      .first()
      .locator(".badge", { hasText: /^restore$/ }),
  ).toBeVisible();
  await expect(a.getByRole("listitem").first()).toContainText("صياغة أولى");
  await a.getByRole("link", { name: "Back to the claim" }).click();
  await expect(a.getByRole("form", { name: "Edit the claim" }).getByLabel("Statement (the editor's paraphrase)")).toHaveValue(
    "صياغة أولى",
  );

  // the JSON API refuses a stale PATCH with the current values and who saved them
  const claim = await (await b.request.get(`/api/claims/${claimIds[0]}`)).json();
  const stale = await b.request.patch(`/api/claims/${claimIds[0]}`, {
    data: { statement: "صياغة قديمة", version: claim.claim.version - 1 },
  });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({
    error: { code: "STALE" },
    current: { statement: "صياغة أولى" },
    updatedBy: { email: users.editor.email },
  });
  const fresh = await b.request.patch(`/api/claims/${claimIds[0]}`, {
    data: { status: "published", version: claim.claim.version },
  });
  expect(await fresh.json()).toMatchObject({ status: "published", version: claim.claim.version + 1 });
  const history = await (await b.request.get(`/api/claims/${claimIds[0]}/history?action=restore`)).json();
  expect(history.items).toHaveLength(1);
  expect(history.items[0]).toMatchObject({ actor: users.editor.email, action: "restore" });

  await contextA.close();
  await contextB.close();
});
