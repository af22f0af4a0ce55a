import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { decide } from "@/lib/review/mutations";
import type { Actor } from "@/lib/history/schema";
import { matchesFor } from "./data";
import { ensureClaimTerms, proposeSameClaim } from "./mutations";
import { listEvents } from "@/lib/history/data";
import { updateLink } from "@/lib/links/mutations";

afterAll(dropTemplates);

const WIRE =
  "الخرطوم - أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا بولاية شمال كردفان فجر الجمعة. " +
  "وقال المتحدث باسم الجيش السوداني في بيان إن القوات المسلحة استعادت السيطرة على مدينة بارا بالكامل.";
const REPUBLISHED =
  "نقلا عن وكالات - أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا بولاية شمال كردفان فجر الجمعة. " +
  "ووثقت شبكة أطباء السودان مقتل 47 مدنيا في قصف مدفعي على مخيم أبو شوك للنازحين.";
const ENGLISH =
  "The Sudanese army regained full control of the town of Bara in North Kordofan on Friday, the army spokesman said in a statement. " +
  "Aid agencies said the road to El Obeid remained closed.";

describe.each(testProviders())("claim matching on %s", (provider) => {
  let t: TestDb;
  const editor: Actor = { id: "editor", label: "editor@claimdesk.local" };
  const span = (text: string, phrase: string) => {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return { start, end: start + [...phrase].length };
  };
  async function claim(articleId: string, text: string, phrase: string) {
    const r = await t.db.$transaction((tx) => createClaim(tx, { articleId, ...span(text, phrase) }, editor));
    if (!r.ok) throw new Error(r.message);
    return r.claim;
  }

  beforeEach(async () => {
    t = await freshDb(provider);
    await t.db.user.create({ data: { id: "editor", name: "Editor", email: "editor@claimdesk.local", role: "editor" } });
  });
  afterEach(() => t.close());

  it("finds the claim republished by a second outlet and its translation, with the terms they share", async () => {
    const a = await importArticle(t.db, { text: WIRE, fileName: "wire.txt" }, editor);
    const b = await importArticle(t.db, { text: REPUBLISHED, fileName: "republished.txt" }, editor);
    const c = await importArticle(t.db, { text: ENGLISH, fileName: "english.txt" }, editor);
    const withdrawal = await claim(a.id, WIRE, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const regained = await claim(
      a.id,
      WIRE,
      "وقال المتحدث باسم الجيش السوداني في بيان إن القوات المسلحة استعادت السيطرة على مدينة بارا بالكامل",
    );
    const copy = await claim(b.id, REPUBLISHED, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    await claim(b.id, REPUBLISHED, "ووثقت شبكة أطباء السودان مقتل 47 مدنيا");
    const english = await claim(
      c.id,
      ENGLISH,
      "The Sudanese army regained full control of the town of Bara in North Kordofan on Friday",
    );

    const ofCopy = await matchesFor(t.db, copy.id);
    expect(ofCopy[0]).toMatchObject({ claimId: withdrawal.id, articleId: a.id });
    expect(ofCopy[0].shared.map((s) => s.term)).toEqual(expect.arrayContaining(["actor:rsf", "word:انسحبت"]));
    expect(ofCopy.some((m) => m.articleId === b.id)).toBe(false);

    const ofEnglish = await matchesFor(t.db, english.id);
    expect(ofEnglish[0]?.claimId).toBe(regained.id);

    // The republished copy is proposed as the same claim, by the system, with readable reasons.
    const [a1, b1] = [withdrawal.id, copy.id].sort();
    const proposed = await t.db.claimLink.findMany({ where: { aId: a1, bId: b1 } });
    expect(proposed).toEqual([expect.objectContaining({ type: "same_event", status: "proposed", proposedBy: "system" })]);
    expect(proposed[0].reasons).toEqual([
      expect.stringMatching(/^same claim, similarity [01]\.\d\d$/),
      expect.stringContaining("بارا"),
    ]);
    const events = await listEvents(t.db, { entityType: "link", entityIds: [proposed[0].id] });
    expect(events.items.map((e) => [e.action, e.actor])).toEqual([["create", "system"]]);
  });

  it("does not propose again a pair an editor dismissed", async () => {
    const a = await importArticle(t.db, { text: WIRE, fileName: "wire.txt" }, editor);
    const b = await importArticle(t.db, { text: REPUBLISHED, fileName: "republished.txt" }, editor);
    await claim(a.id, WIRE, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const copy = await claim(b.id, REPUBLISHED, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const link = await t.db.claimLink.findFirstOrThrow({ where: { type: "same_event" } });
    const dismissed = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.id, status: "dismissed", version: link.version }, editor),
    );
    if (!dismissed.ok) throw new Error(dismissed.message);
    expect(await t.db.$transaction((tx) => proposeSameClaim(tx, copy.id))).toBe(0);
    expect(await t.db.claimLink.findMany({ where: { type: "same_event" } })).toEqual([
      expect.objectContaining({ status: "dismissed" }),
    ]);
  });

  it("says a new claim was checked before when it matches a decided one", async () => {
    const a = await importArticle(t.db, { text: WIRE, fileName: "wire.txt" }, editor);
    const decided = await claim(a.id, WIRE, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const r = await t.db.$transaction((tx) =>
      decide(tx, { claimId: decided.id, verdict: "false", version: decided.version, note: "لم تنسحب" }, editor),
    );
    if (!r.ok) throw new Error(r.message);
    const b = await importArticle(t.db, { text: REPUBLISHED, fileName: "republished.txt" }, editor);
    const fresh = await claim(b.id, REPUBLISHED, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const [match] = await matchesFor(t.db, fresh.id);
    expect(match).toMatchObject({ claimId: decided.id, verdict: "false", decided: { verdict: "false", sessionId: null } });
  });

  it("indexes claims that have no terms yet at start, once", async () => {
    const a = await importArticle(t.db, { text: WIRE, fileName: "wire.txt" }, editor);
    const made = await claim(a.id, WIRE, "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا");
    const stored = await t.db.claimTerm.count({ where: { claimId: made.id } });
    expect(stored).toBeGreaterThan(5);
    await t.db.claimTerm.deleteMany({});
    expect(await ensureClaimTerms(t.db)).toBe(1);
    expect(await t.db.claimTerm.count()).toBe(stored);
    expect(await ensureClaimTerms(t.db)).toBe(0);
  });
});
