import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { seedFiles } from "@/lib/test/seeds";
import { importArticle } from "@/lib/articles/mutations";
import { importBatch } from "@/lib/articles/import-batch";
import { getArticle } from "@/lib/articles/data";
import { acceptSuggestion, archiveClaim, createClaim } from "@/lib/claims/mutations";
import { listEvents, verifyChain } from "@/lib/history/data";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { claimSourcing, getSource, searchSources } from "./data";
import { createLink, updateLink } from "@/lib/links/mutations";
import { addAlias, createSource, setAttributions } from "./mutations";
import { loadRegistrySeed } from "./registry-mutations";
import { mergeSources, splitSource } from "./merge-mutations";
import { sourcingStrength } from "./grading";
import { REGISTRY_SEED } from "./registry-seed";

const editor = { id: "u-editor", label: "editor@claimdesk.local" };
const text =
  "قالت مصادر محلية إن قوات التحالف الدولي انسحبت من قاعدة الشدادي في ريف الحسكة خلال شهر آذار 2025.\n\nوأكد المرصد السوري لحقوق الإنسان أن الدوريات المشتركة توقفت بشكل كامل منذ منتصف الشهر.";
const at = (s: string) => [...text.slice(0, text.indexOf(s))].length;
const span = (s: string) => ({ start: at(s), end: at(s) + [...s].length });

afterAll(dropTemplates);

describe.each(testProviders())("sources on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(provider);
  });
  afterEach(() => t.close());

  const find = async (search: string) => (await searchSources(t.db, { search, page: 1, pageSize: 10 })).items;
  const idOf = async (search: string) => (await find(search))[0]?.id;

  async function claimOn(quote: string) {
    const articleId = (await importArticle(t.db, { text, title: "اختبار", outlet: "عنب بلدي" }, editor)).id;
    const result = await t.db.$transaction((tx) => createClaim(tx, { articleId, ...span(quote) }, editor));
    if (!result.ok) throw new Error(result.message);
    return result.claim;
  }

  it("loads the registry once, with memberships, and writes nothing the second time", async () => {
    const first = await t.db.$transaction((tx) => loadRegistrySeed(tx));
    expect(first.created).toBe(REGISTRY_SEED.length);
    const events = await t.db.reviewEvent.count();
    expect(events).toBe(REGISTRY_SEED.length);
    expect(await t.db.$transaction((tx) => loadRegistrySeed(tx))).toEqual({ created: 0, updated: 0 });
    expect(await t.db.reviewEvent.count()).toBe(events);
    const minister = await getSource(t.db, (await idOf("حمزة المصطفى"))!);
    expect(minister?.memberOf?.name).toBe(REGISTRY_SEED.find((s) => s.id === "sy-ministry-information")!.name);
    const ministry = await getSource(t.db, minister!.memberOf!.id);
    expect(ministry?.members.map((m) => m.id)).toContain(minister!.id);
  });

  it("adopts an outlet created before the registry existed, with its aliases and grade", async () => {
    const old = await t.db.source.create({
      data: { name: "عنب بلدي", kind: "outlet", aliases: { create: { alias: "عنب بلدي", key: "عنب بلدي" } } },
    });
    const loaded = await t.db.$transaction((tx) => loadRegistrySeed(tx));
    expect(loaded).toEqual({ created: REGISTRY_SEED.length - 1, updated: 1 });
    expect(await idOf("Enab Baladi")).toBe(old.id);
    expect((await getSource(t.db, old.id))?.reliability).toBe(REGISTRY_SEED.find((s) => s.id === "enab-baladi")!.reliability);
    expect(await t.db.$transaction((tx) => loadRegistrySeed(tx))).toEqual({ created: 0, updated: 0 });
  });

  it("resolves an imported outlet to the registry source by alias", async () => {
    await importBatch(t.db, seedFiles(), SYSTEM_ACTOR);
    const enab = await idOf("Enab Baladi");
    const articles = await t.db.article.findMany({ where: { outletId: enab } });
    expect(articles).toHaveLength(1);
    expect(await t.db.source.count({ where: { aliases: { some: { key: "عنب بلدي" } } } })).toBe(1);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it("finds a source by any alias, quoted, bracketed or spelled differently", async () => {
    await t.db.$transaction((tx) => loadRegistrySeed(tx));
    const sohr = await idOf("SOHR");
    expect(sohr).toBeTruthy();
    expect(await idOf("المرصد السوري")).toBe(sohr);
    expect(await idOf("Syrian Observatory for Human Rights")).toBe(sohr);
    expect(await idOf("المرصد السورى")).toBe(sohr);
    const sdf = await idOf("قوات سوريا الديمقراطية");
    expect(await idOf("(قسد)")).toBe(sdf);
    expect(await idOf("«قسد»")).toBe(sdf);
    const erem = await idOf("Erem News");
    expect(await idOf('"إرم نيوز"')).toBe(erem);
    expect((await find('"إرم نيوز"'))[0].name).toBe("إرم نيوز");
    expect(await find("لا يوجد مصدر بهذا الاسم")).toEqual([]);
  });

  it("pre-fills suggested attributions on a new claim, unconfirmed, with its stored strength", async () => {
    const claim = await claimOn("الدوريات المشتركة توقفت بشكل كامل");
    const sourcing = (await claimSourcing(t.db, [claim.id])).get(claim.id)!;
    expect(sourcing.attributionsConfirmed).toBe(false);
    expect(sourcing.attributions[0]).toMatchObject({ kind: "monitor_report", source: { name: "المرصد السوري لحقوق الإنسان" } });
    expect(claim.sourcingStrength).toBe(sourcing.sourcingStrength);
    expect(claim.sourcingStrength).toBeGreaterThan(0);
    const detail = (await getArticle(t.db, claim.articleId))!;
    expect(detail.claims[0].attributions[0].kind).toBe("monitor_report");
    expect(detail.suggestions.some((s) => s.attributions.some((a) => a.kind === "anonymous"))).toBe(true);
  });

  it("pre-fills the stored attribution when a suggestion is accepted", async () => {
    const articleId = (await importArticle(t.db, { text, title: "اختبار" }, editor)).id;
    const suggestion = (await getArticle(t.db, articleId))!.suggestions.find((s) => s.quote.includes("الدوريات"))!;
    expect(suggestion.attributions[0].kind).toBe("monitor_report");
    const result = await t.db.$transaction((tx) => acceptSuggestion(tx, suggestion.id, editor));
    if (!result.ok) throw new Error(result.message);
    const sourcing = (await claimSourcing(t.db, [result.claim.id])).get(result.claim.id)!;
    expect(sourcing.attributions.map((a) => a.source?.id)).toEqual(suggestion.attributions.map((a) => a.source?.id));
  });

  it("sets attributions with the claim version, stores the strength, refuses stale, unknown and archived", async () => {
    const claim = await claimOn("انسحبت من قاعدة الشدادي");
    const made = await t.db.$transaction((tx) => createSource(tx, { name: "شبكة الخابور", kind: "outlet" }, editor));
    if (!made.ok) throw new Error(made.message);
    const attributions = [
      {
        kind: "media_report" as const,
        channel: "news_report" as const,
        sourceId: made.source.id,
        affiliation: null,
        viaId: null,
        reliability: "B" as const,
        credibility: 2 as const,
        cue: null,
      },
    ];
    const set = await t.db.$transaction((tx) => setAttributions(tx, { claimId: claim.id, version: 1, attributions }, editor));
    if (!set.ok) throw new Error(set.message);
    expect(set.claim).toMatchObject({ version: 2, attributionsConfirmed: true });
    const expected = sourcingStrength({
      attributions: [{ kind: "media_report", reliability: "B", credibility: 2 }],
      independentOrigins: 1,
    });
    expect(set.claim.sourcingStrength).toBe(expected);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).sourcingStrength).toBe(expected);
    expect((await claimSourcing(t.db, [claim.id])).get(claim.id)!.attributionsConfirmed).toBe(true);

    const stale = await t.db.$transaction((tx) =>
      setAttributions(tx, { claimId: claim.id, version: 1, attributions: [] }, editor),
    );
    expect(stale).toMatchObject({
      ok: false,
      reason: "STALE",
      current: { version: 2, attributions: [{ reliability: "B", credibility: 2 }] },
    });
    const unknown = await t.db.$transaction((tx) =>
      setAttributions(
        tx,
        { claimId: claim.id, version: 2, attributions: [{ ...attributions[0], sourceId: "no-such-source" }] },
        editor,
      ),
    );
    expect(unknown).toMatchObject({ ok: false, reason: "UNKNOWN_SOURCE" });

    const page = await getSource(t.db, made.source.id);
    expect(page?.claims).toEqual([expect.objectContaining({ id: claim.id, role: "source", reliability: "B", credibility: 2 })]);

    await t.db.$transaction((tx) => archiveClaim(tx, claim.id, 2, editor));
    const archived = await t.db.$transaction((tx) =>
      setAttributions(tx, { claimId: claim.id, version: 3, attributions }, editor),
    );
    expect(archived).toMatchObject({ ok: false, reason: "ARCHIVED" });
    const { items } = await listEvents(t.db, { entityIds: [claim.id] });
    expect(items.map((e) => e.action)).toEqual(["archive", "attribute", "suggest", "create"]);
  });

  it("counts corroborating claims that share an origin once", async () => {
    const a = await claimOn("الدوريات المشتركة توقفت بشكل كامل");
    const b = await claimOn("انسحبت من قاعدة الشدادي");
    const c = await claimOn("قوات التحالف الدولي انسحبت");
    const sohr = (await idOf("SOHR"))!;
    const afp = (await idOf("AFP"))!;
    const graded = (sourceId: string) => [
      {
        kind: "monitor_report" as const,
        channel: null,
        sourceId,
        affiliation: null,
        viaId: null,
        reliability: "B" as const,
        credibility: 3 as const,
        cue: null,
      },
    ];
    for (const [claim, source] of [
      [a, sohr],
      [b, sohr],
      [c, afp],
    ] as const) {
      const r = await t.db.$transaction((tx) =>
        setAttributions(tx, { claimId: claim.id, version: 1, attributions: graded(source) }, editor),
      );
      expect(r.ok).toBe(true);
    }
    const stored = async (id: string) => (await t.db.claim.findUniqueOrThrow({ where: { id } })).sourcingStrength;
    const before = await stored(a.id);
    // an editor's corroborates links keep the stored strength (the table's sort column) in step
    const same = await t.db.$transaction((tx) => createLink(tx, { aId: a.id, bId: b.id, type: "corroborates" }, editor));
    const other = await t.db.$transaction((tx) => createLink(tx, { aId: c.id, bId: a.id, type: "corroborates" }, editor));
    if (!same.ok || !other.ok) throw new Error("links refused");
    const s = (await claimSourcing(t.db, [a.id])).get(a.id)!;
    expect(s.corroboration).toEqual({ claims: 2, origins: 2 });
    const after = await stored(a.id);
    expect(after).toBe(
      sourcingStrength({ attributions: [{ kind: "monitor_report", reliability: "B", credibility: 3 }], independentOrigins: 2 }),
    );
    expect(after).toBeGreaterThan(before);
    expect(await stored(c.id)).toBe(s.sourcingStrength);
    // dismissing the independent corroboration takes it back out
    const dismissed = await t.db.$transaction((tx) =>
      updateLink(tx, { linkId: other.link.id, status: "dismissed", version: other.link.version }, editor),
    );
    expect(dismissed.ok).toBe(true);
    expect(await stored(a.id)).toBeLessThan(after);
    expect((await claimSourcing(t.db, [a.id])).get(a.id)!.corroboration).toEqual({ claims: 1, origins: 1 });
  });

  it("merges two sources: aliases and claims move, both ids keep their history, self-merge is refused", async () => {
    const claim = await claimOn("انسحبت من قاعدة الشدادي");
    const dup = await t.db.$transaction((tx) => createSource(tx, { name: "Observatoire syrien", kind: "monitor" }, editor));
    if (!dup.ok) throw new Error(dup.message);
    expect(await t.db.$transaction((tx) => addAlias(tx, { sourceId: dup.source.id, alias: "OSDH" }, editor))).toMatchObject({
      ok: true,
    });
    expect(await t.db.$transaction((tx) => addAlias(tx, { sourceId: dup.source.id, alias: "SOHR" }, editor))).toMatchObject({
      ok: false,
      reason: "DUPLICATE",
    });
    const attrs = [
      {
        kind: "monitor_report" as const,
        channel: null,
        sourceId: dup.source.id,
        affiliation: null,
        viaId: null,
        reliability: undefined,
        credibility: undefined,
        cue: null,
      },
    ];
    const set = await t.db.$transaction((tx) =>
      setAttributions(tx, { claimId: claim.id, version: 1, attributions: attrs }, editor),
    );
    expect(set).toMatchObject({ ok: true, claim: { attributions: [{ reliability: "F", credibility: 3 }] } });
    const sohr = (await idOf("SOHR"))!;
    const versionOf = async (id: string) => (await t.db.source.findUniqueOrThrow({ where: { id } })).version;
    const merge = async (fromVersion: number) =>
      t.db.$transaction((tx) => mergeSources(tx, { fromId: dup.source.id, intoId: sohr, fromVersion }, editor));
    expect(
      await t.db.$transaction((tx) => mergeSources(tx, { fromId: sohr, intoId: sohr, fromVersion: 1 }, editor)),
    ).toMatchObject({ ok: false, reason: "SELF_MERGE" });
    // The editor saw the duplicate before its alias was added: refused, nothing moved.
    expect(await merge((await versionOf(dup.source.id)) - 1)).toMatchObject({ ok: false, reason: "STALE" });
    expect(await idOf("OSDH")).toBe(dup.source.id);

    const claimVersion = (await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    const merged = await merge(await versionOf(dup.source.id));
    expect(merged).toMatchObject({ ok: true, source: { id: sohr } });
    expect(await idOf("OSDH")).toBe(sohr);
    const page = await getSource(t.db, sohr);
    expect(page?.claims.map((c) => c.id)).toContain(claim.id);
    expect(page?.mergedFrom).toEqual([{ id: dup.source.id, name: "Observatoire syrien" }]);
    expect((await getSource(t.db, dup.source.id))?.mergedInto?.id).toBe(sohr);
    const events = await listEvents(t.db, { entityIds: [dup.source.id, sohr], entityType: "source" });
    expect(
      events.items
        .filter((e) => e.action === "merge")
        .map((e) => e.entityId)
        .sort(),
    ).toEqual([dup.source.id, sohr].sort());
    // The claim whose attribution moved has its own event and a new version: an open form on it is stale.
    const claimEvents = await listEvents(t.db, { entityIds: [claim.id], entityType: "claim", action: "merge" });
    expect(claimEvents.items.map((e) => e.changes)).toEqual([{ attributedTo: [dup.source.id, sohr] }]);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claimVersion + 1);
    expect(await merge(await versionOf(dup.source.id))).toMatchObject({ ok: false, reason: "MERGED" });

    // An admin undoes it: the alias and the attribution come back, each recorded.
    const split = await t.db.$transaction((tx) => splitSource(tx, { sourceId: dup.source.id, version: 1 }, editor));
    expect(split).toMatchObject({ ok: false, reason: "STALE" });
    const undone = await t.db.$transaction(async (tx) =>
      splitSource(tx, { sourceId: dup.source.id, version: await versionOf(dup.source.id) }, editor),
    );
    expect(undone).toMatchObject({ ok: true, source: { id: dup.source.id } });
    expect(await idOf("OSDH")).toBe(dup.source.id);
    expect((await getSource(t.db, dup.source.id))?.mergedInto).toBeNull();
    expect((await t.db.attribution.findFirstOrThrow({ where: { claimId: claim.id } })).sourceId).toBe(dup.source.id);
    const splitEvents = await listEvents(t.db, { entityIds: [claim.id], entityType: "claim", action: "split" });
    expect(splitEvents.items.map((e) => e.changes)).toEqual([{ attributedTo: [sohr, dup.source.id] }]);
    expect(
      await t.db.$transaction(async (tx) =>
        splitSource(tx, { sourceId: dup.source.id, version: await versionOf(dup.source.id) }, editor),
      ),
    ).toMatchObject({ ok: false, reason: "NOT_MERGED" });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
