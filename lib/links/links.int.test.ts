import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { acceptSuggestion, archiveClaim, createClaim, editClaim } from "@/lib/claims/mutations";
import { listEvents, verifyChain } from "@/lib/history/data";
import { seedText } from "@/lib/test/seeds";
import { listLinks, linkStatusCounts, linksForClaims } from "./data";
import { createLink, detectAllLinks, updateLink } from "./mutations";
import { linksQuerySchema } from "./schema";

const editor = { id: "u-editor", label: "editor@claimdesk.local" };
const editor2 = { id: "u-editor2", label: "editor2@claimdesk.local" };
const system = { id: null, label: "sample corpus" };

afterAll(dropTemplates);

describe.each(testProviders())("links on %s", (provider) => {
  let t: TestDb;
  let articles: Record<"002" | "004", string>;
  const claims: Record<string, string> = {};

  /** Accepts the suggested claim (a whole sentence of the seed) that contains `phrase`. */
  async function accept(article: "002" | "004", phrase: string) {
    const s = await t.db.suggestion.findFirstOrThrow({ where: { articleId: articles[article], quote: { contains: phrase } } });
    const r = await t.db.$transaction((tx) => acceptSuggestion(tx, s.id, editor));
    if (!r.ok) throw new Error(r.message);
    return r.claim.id;
  }
  const query = (q: Record<string, string> = {}) => listLinks(t.db, linksQuerySchema.parse(q));
  const pairs = async () =>
    (await query({ pageSize: "500" })).items.map((l) => ({ a: l.a.id, b: l.b.id, type: l.type, status: l.status, link: l }));
  const between = async (x: string, y: string) =>
    (await pairs()).filter((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));

  beforeEach(async () => {
    t = await freshDb(provider);
    const a002 = await importArticle(t.db, { text: seedText("002"), fileName: "002.txt" }, system);
    const a004 = await importArticle(t.db, { text: seedText("004"), fileName: "004.txt" }, system);
    articles = { "002": a002.id, "004": a004.id };
    claims.handover = await accept("002", "سلّم خلال شهر أيار");
    claims.withdrawal = await accept("002", "انسحبت من ثلاث قواعد");
    claims.stillActive = await accept("002", "ما تزالان نشطتين");
    claims.opening = await accept("004", "كبيرة من قبل التحالف الدولي");
    claims.qasrak = await accept("004", "قاعدة قسرك");
    claims.kharab = await accept("004", "في قاعدة خراب الجير");
    claims.sdf = await accept("004", "3 آلاف عنصر");
  });
  afterEach(() => t.close());

  it("creating the seed claims proposes the drawdown-vs-reinforcement conflict and the Kharab al-Jir corroboration", async () => {
    const [conflict] = await between(claims.handover, claims.opening);
    expect(conflict).toMatchObject({ type: "contradicts", status: "proposed" });
    expect(conflict.link.proposedBy).toBe("system");
    expect(conflict.link.reasons).toEqual(
      expect.arrayContaining(["same agent: التحالف الدولي", "same region: دير الزور", "drawdown vs reinforcement"]),
    );
    expect(conflict.link.score).toBeGreaterThan(0.4);
    expect(conflict.link.a.id < conflict.link.b.id).toBe(true);
    expect((await between(claims.withdrawal, claims.opening)).map((p) => p.type)).toEqual(["contradicts"]);
    const [corroboration] = await between(claims.stillActive, claims.kharab);
    expect(corroboration).toMatchObject({ type: "corroborates", status: "proposed" });
    expect(corroboration.link.reasons).toContain("same place: قاعدة خراب الجير");

    // not: another region (Qasrak is in Hasakah), another agent (the SDF's fighters)
    expect(await between(claims.withdrawal, claims.qasrak)).toEqual([]);
    expect(await between(claims.handover, claims.qasrak)).toEqual([]);
    expect(await between(claims.handover, claims.sdf)).toEqual([]);
    expect(await between(claims.withdrawal, claims.sdf)).toEqual([]);

    // the proposal is in the history, by the system, with its score and reasons
    const { items } = await listEvents(t.db, { entityIds: [conflict.link.id] });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actor: "system", entityType: "link", action: "create" });
    expect(items[0].changes.score[1]).toBe(conflict.link.score);
    expect(items[0].changes.reasons[1]).toEqual(conflict.link.reasons);

    // filters: type, status, claim, place, actor
    expect((await query({ type: "corroborates" })).total).toBe(1);
    expect((await query({ claim: claims.opening })).items.every((l) => [l.a.id, l.b.id].includes(claims.opening))).toBe(true);
    expect((await query({ place: "kharab_al_jir_base" })).items.map((l) => l.type)).toEqual(["corroborates"]);
    expect((await query({ place: "deir_ez_zor", type: "contradicts" })).total).toBeGreaterThanOrEqual(2);
    expect((await query({ actor: "turkey" })).total).toBe(0);
    expect((await query({ actor: "coalition" })).total).toBe((await query()).total);
    const byClaim = await linksForClaims(t.db, [claims.handover]);
    expect(byClaim[claims.handover].map((l) => l.other.id)).toContain(claims.opening);
  });

  it("a claim made from part of a sentence borrows the agent from its sentence", async () => {
    await t.db.$transaction((tx) => archiveClaim(tx, claims.handover, 1, editor));
    const text = seedText("002");
    const part = "سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه المدنية والعسكرية في محافظة دير الزور";
    const start = [...text.slice(0, text.indexOf(part))].length;
    const r = await t.db.$transaction((tx) =>
      createClaim(tx, { articleId: articles["002"], start, end: start + [...part].length }, editor),
    );
    if (!r.ok) throw new Error(r.message);
    const [conflict] = await between(r.claim.id, claims.opening);
    expect(conflict).toMatchObject({ type: "contradicts", status: "proposed" });
    const stored = await t.db.claim.findUniqueOrThrow({ where: { id: r.claim.id } });
    expect(stored.features).toMatchObject({ agent: "coalition", regions: ["deir_ez_zor"] });
  });

  it("confirm, then resolve with a note; refuses a resolution without a note and a stale version", async () => {
    const [{ link }] = await between(claims.handover, claims.opening);
    const noNote = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.id, status: "resolved", resolutionNote: "x", version: 1 }, editor),
    );
    expect(noNote).toMatchObject({ ok: false, reason: "INVALID_TRANSITION" }); // proposed cannot be resolved
    const confirmed = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.id, status: "confirmed", version: 1 }, editor),
    );
    expect(confirmed).toMatchObject({ ok: true, link: { status: "confirmed", version: 2, confirmedById: editor.id } });
    const stale = await t.db.$transaction((tx) => updateLink(tx, { linkId: link.id, status: "dismissed", version: 1 }, editor2));
    expect(stale).toMatchObject({
      ok: false,
      reason: "STALE",
      current: { status: "confirmed", version: 2 },
      updatedBy: editor.label,
    });
    const empty = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.id, status: "resolved", resolutionNote: "  ", version: 2 }, editor),
    );
    expect(empty).toMatchObject({ ok: false, reason: "NOTE_REQUIRED" });
    const resolved = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: link.id, status: "resolved", resolutionNote: "both true: different bases", version: 2 }, editor2),
    );
    expect(resolved).toMatchObject({ ok: true, link: { status: "resolved", resolutionNote: "both true: different bases" } });
    const again = await t.db.$transaction((tx) => updateLink(tx, { linkId: link.id, status: "confirmed", version: 3 }, editor));
    expect(again).toMatchObject({ ok: false, reason: "INVALID_TRANSITION" });

    const { items } = await listEvents(t.db, { entityIds: [link.id] });
    expect(items.map((e) => [e.actor, e.action, e.changes.status])).toEqual([
      [editor2.label, "update", ["confirmed", "resolved"]],
      [editor.label, "update", ["proposed", "confirmed"]],
      ["system", "create", [null, "proposed"]],
    ]);
    expect(items[0].changes.resolutionNote).toEqual([null, "both true: different bases"]);
    expect(await linkStatusCounts(t.db, { type: ["contradicts"] })).toMatchObject({ resolved: 1 });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it("a dismissed pair is never proposed again, by an edit or by full detection", async () => {
    const [{ link }] = await between(claims.handover, claims.opening);
    expect(
      (await t.db.$transaction((tx) => updateLink(tx, { linkId: link.id, status: "dismissed", version: 1 }, editor))).ok,
    ).toBe(true);
    const edited = await t.db.$transaction((tx) =>
      editClaim(tx, { claimId: claims.handover, version: 1, statement: "التحالف سلّم نقاطاً في دير الزور" }, editor),
    );
    expect(edited.ok).toBe(true);
    const full = await detectAllLinks(t.db, { refresh: true });
    expect(full.created).toBe(0);
    const after = await between(claims.handover, claims.opening);
    expect(after.map((p) => [p.type, p.status])).toEqual([["contradicts", "dismissed"]]);
  });

  it("links:detect computes missing features and reports counts; existing links are left alone", async () => {
    const before = (await pairs()).length;
    await t.db.$executeRawUnsafe(`UPDATE "Claim" SET "features" = NULL`);
    await t.db.claimFacet.deleteMany();
    const r = await detectAllLinks(t.db);
    expect(r).toMatchObject({ claims: 7, featuresComputed: 7, created: 0, alreadyLinked: before });
    expect(r.found.contradicts).toBeGreaterThanOrEqual(2);
    expect(r.found.corroborates).toBeGreaterThanOrEqual(1);
    expect(r.buckets).toBeGreaterThan(0);
    expect(await t.db.claimFacet.count({ where: { key: "b:coalition@deir_ez_zor" } })).toBeGreaterThanOrEqual(3);

    // on a fresh set of links, the same proposals are created
    const second = await detectAllLinks(t.db);
    expect(second).toMatchObject({ featuresComputed: 0, created: 0 });
  });

  it("editors link claims by hand; self-links, duplicates and archived claims are refused", async () => {
    const self = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claims.sdf, bId: claims.sdf, type: "same_event" }, editor),
    );
    expect(self).toMatchObject({ ok: false, reason: "SELF_LINK" });
    const made = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claims.sdf, bId: claims.qasrak, type: "same_event", note: "same week" }, editor),
    );
    expect(made).toMatchObject({ ok: true, link: { status: "confirmed", proposedBy: "editor", reasons: ["same week"] } });
    const dup = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claims.qasrak, bId: claims.sdf, type: "same_event" }, editor),
    );
    expect(dup).toMatchObject({ ok: false, reason: "DUPLICATE" });
    await t.db.$transaction((tx) => archiveClaim(tx, claims.withdrawal, 1, editor));
    const archived = await t.db.$transaction((tx) =>
      createLink(tx, { aId: claims.withdrawal, bId: claims.sdf, type: "supersedes" }, editor),
    );
    expect(archived).toMatchObject({ ok: false, reason: "ARCHIVED" });
    const resolveCorroboration = await t.db.$transaction((tx) =>
      updateLink(
        tx,
        { linkId: (made as { link: { id: string } }).link.id, status: "resolved", resolutionNote: "n", version: 1 },
        editor,
      ),
    );
    expect(resolveCorroboration).toMatchObject({ ok: false, reason: "INVALID_TRANSITION" });
  });
});
