import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db/client";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { listEvents, verifyChain } from "@/lib/history/data";
import { createLink, updateLink } from "@/lib/links/mutations";
import { loadRegistrySeed } from "@/lib/sources/registry-mutations";
import { aliasKey } from "@/lib/sources/aliases";
import { compilePacks } from "./compile";
import { deskKnowledge } from "./current";
import { readDeskPack } from "./data";
import {
  addKnowledgeAlias,
  createActor,
  createPlace,
  loadPack,
  loadShippedPacks,
  setBareTerm,
  setPackEnabled,
  updateActor,
  updatePlace,
  KNOWLEDGE_LOADER,
} from "./mutations";
import { SHIPPED_PACKS } from "./shipped";

const editor = { id: "u-editor", label: "editor@claimdesk.local" };
const sudan =
  "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا في شمال كردفان صباح الاثنين.\n\nوقال شهود عيان إن قوات الدعم السريع دفعت بتعزيزات عسكرية كبيرة إلى مدينة بارا يوم الثلاثاء.";

afterAll(dropTemplates);

describe.each(testProviders())("desk knowledge on %s", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(provider);
    await t.db.$transaction((tx) => loadRegistrySeed(tx), { timeout: 60_000 });
    // the sample story's pack only: these tests edit its entries and add Sudan's by hand
    await t.db.$transaction((tx) => loadPack(tx, SHIPPED_PACKS[0], KNOWLEDGE_LOADER, { once: true }), { timeout: 60_000 });
  });
  afterEach(() => t.close());

  const tx = <T>(fn: (db: Tx) => Promise<T>) => t.db.$transaction(fn, { timeout: 60_000 });
  const counts = async () => ({
    entities: await t.db.source.count(),
    aliases: await t.db.sourceAlias.count(),
    places: await t.db.place.count(),
    bare: await t.db.bareTerm.count(),
    packs: await t.db.knowledgePack.count(),
    events: await t.db.reviewEvent.count(),
  });
  const placeOf = (key: string) => t.db.place.findUniqueOrThrow({ where: { key } });
  const entityOf = (key: string) => t.db.source.findUniqueOrThrow({ where: { key } });

  it("loads the shipped packs once: a restart adds nothing and the desk's edits survive it", async () => {
    const pack = SHIPPED_PACKS[0];
    expect((await counts()).places).toBe(pack.places.length);
    const reports = await tx((db) => loadShippedPacks(db));
    expect(reports.map((r) => r.loaded)).toEqual([false, true, true]);
    const keys = (pick: (p: (typeof SHIPPED_PACKS)[number]) => { key: string }[]) =>
      new Set(SHIPPED_PACKS.flatMap((p) => pick(p).map((x) => x.key))).size;
    const first = await counts();
    expect(first.places).toBe(keys((p) => p.places));
    expect(first.bare).toBe(pack.bareTerms.length);
    expect(await t.db.source.count({ where: { key: { not: null } } })).toBe(keys((p) => p.entities));
    const hasakah = await placeOf(pack.places.find((p) => p.nameEn.includes("Hasakah"))!.key);
    const renamed = await tx((db) => updatePlace(db, { id: hasakah.id, version: 1, nameEn: "Al-Hasakah" }, editor));
    expect(renamed.ok).toBe(true);
    const before = await counts();
    const again = await tx((db) => loadShippedPacks(db));
    expect(again.every((r) => !r.loaded)).toBe(true);
    expect(await counts()).toEqual(before);
    expect((await placeOf(hasakah.key)).nameEn).toBe("Al-Hasakah");
  });

  it("compiles the loaded rows into the same knowledge as the shipped files", async () => {
    const fromDb = await deskKnowledge(t.db);
    const shipped = compilePacks([SHIPPED_PACKS[0]]);
    const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    expect(new Set(fromDb.places.map((p) => p.id))).toEqual(new Set(shipped.places.map((p) => p.id)));
    const dbActors = byId(fromDb.actors);
    for (const a of shipped.actors) {
      const got = dbActors.get(a.id)!;
      // spellings compare as the analysis does (normalized); a registry source the pack adopted keeps its own spellings too
      const terms = new Set(got.terms.map(aliasKey));
      for (const term of a.terms) expect(terms).toContain(aliasKey(term));
      expect({ ...got, terms: null, memberOf: null }).toEqual({ ...a, terms: null, memberOf: null });
    }
    expect(new Set(fromDb.bareTerms.map((b) => `${b.term}→${b.entity}`))).toEqual(
      new Set(shipped.bareTerms.map((b) => `${b.term}→${b.entity}`)),
    );
  });

  it("an editor adds a town in North Kordofan and an actor: both recorded in history, versions bumped, knowledge recompiled", async () => {
    const sudanPlace = await tx((db) =>
      createPlace(db, { nameAr: "السودان", nameEn: "Sudan", kind: "country", broad: true }, editor),
    );
    if (!sudanPlace.ok) throw new Error(sudanPlace.message);
    const nk = await tx((db) =>
      createPlace(db, { nameAr: "شمال كردفان", nameEn: "North Kordofan", kind: "region", parentId: sudanPlace.id }, editor),
    );
    if (!nk.ok) throw new Error(nk.message);
    const bara = await tx((db) => createPlace(db, { nameAr: "بارا", nameEn: "Bara", kind: "town", parentId: nk.id }, editor));
    if (!bara.ok) throw new Error(bara.message);
    const rsf = await tx((db) =>
      createActor(
        db,
        { name: "قوات الدعم السريع", nameEn: "Rapid Support Forces", actorKind: "armed_force", aliases: ["الدعم السريع", "RSF"] },
        editor,
      ),
    );
    if (!rsf.ok) throw new Error(rsf.message);

    const k = await deskKnowledge(t.db);
    const baraEntry = k.places.find((p) => p.nameEn === "Bara")!;
    expect(baraEntry).toMatchObject({
      kind: "town",
      terms: ["بارا"],
      region: (await t.db.place.findUniqueOrThrow({ where: { id: nk.id } })).key,
    });
    expect(k.actors.find((a) => a.nameEn === "Rapid Support Forces")?.terms).toContain("الدعم السريع");

    const alias = await tx((db) =>
      addKnowledgeAlias(db, { target: "place", id: bara.id, version: bara.version, alias: "Bara" }, editor),
    );
    expect(alias).toMatchObject({ ok: true, version: 2 });
    const renamed = await tx((db) => updateActor(db, { id: rsf.id, version: 1, side: "rsf" }, editor));
    expect(renamed).toMatchObject({ ok: true, version: 2 });
    expect((await entityOf((await t.db.source.findUniqueOrThrow({ where: { id: rsf.id } })).key!)).side).toBe("rsf");

    const places = await listEvents(t.db, { entityType: "place", entityIds: [bara.id] });
    expect(places.items.map((e) => e.action).sort()).toEqual(["create", "update"]);
    expect((await listEvents(t.db, { entityType: "source", entityIds: [rsf.id] })).total).toBe(2);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true });
  });

  it("a bare term is set to the desk's reading and a pack disabled and enabled, each with history", async () => {
    const saudi = await tx((db) =>
      createActor(db, { name: "التحالف بقيادة السعودية", nameEn: "Saudi-led coalition", actorKind: "coalition" }, editor),
    );
    if (!saudi.ok) throw new Error(saudi.message);
    const row = await t.db.bareTerm.findUniqueOrThrow({ where: { key: "التحالف" } });
    const set = await tx((db) => setBareTerm(db, { term: "التحالف", entityId: saudi.id, version: row.version }, editor));
    expect(set).toMatchObject({ ok: true, version: 2 });
    expect((await deskKnowledge(t.db)).bareTerms).toContainEqual({
      term: "التحالف",
      entity: (await t.db.source.findUniqueOrThrow({ where: { id: saudi.id } })).key,
    });
    expect((await listEvents(t.db, { entityType: "bare_term", entityIds: [row.id] })).items[0]?.changes.entityId).toEqual([
      row.entityId,
      saudi.id,
    ]);

    const pack = SHIPPED_PACKS[0];
    const off = await tx((db) => setPackEnabled(db, { id: pack.id, version: 1, enabled: false }, editor));
    expect(off).toMatchObject({ ok: true, version: 2 });
    const k = await deskKnowledge(t.db);
    expect(k.places).toEqual([]);
    expect(k.actors.map((a) => a.nameEn)).toEqual(["Saudi-led coalition"]);
    await tx((db) => setPackEnabled(db, { id: pack.id, version: 2, enabled: true }, editor));
    expect((await deskKnowledge(t.db)).places.length).toBeGreaterThan(50);
  });

  it("refuses a stale edit and leaves the row as it was", async () => {
    const place = await placeOf(SHIPPED_PACKS[0].places[0].key);
    const first = await tx((db) => updatePlace(db, { id: place.id, version: 1, nameEn: "First" }, editor));
    expect(first.ok).toBe(true);
    const before = await counts();
    const second = await tx((db) => updatePlace(db, { id: place.id, version: 1, nameEn: "Second" }, editor));
    expect(second).toMatchObject({ ok: false, reason: "STALE" });
    expect((await placeOf(place.key)).nameEn).toBe("First");
    expect(await counts()).toEqual(before);
    const pack = await tx((db) => setPackEnabled(db, { id: SHIPPED_PACKS[0].id, version: 7, enabled: false }, editor));
    expect(pack).toMatchObject({ ok: false, reason: "STALE" });
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const pack = SHIPPED_PACKS[0];
    const [country, child] = [
      pack.places.find((p) => p.kind === "country")!,
      pack.places.find((p) => p.parent && p.kind !== "region")!,
    ];
    const top = await placeOf(child.parent!);
    const leaf = await placeOf(child.key);
    const sdf = await entityOf("sdf");
    const member = await t.db.source.findFirst({ where: { memberOfId: { not: null }, key: { not: null } } });
    const before = await counts();
    const snapshot = JSON.stringify(await readDeskPack(t.db, { includeDisabled: true }));

    const refusals = [
      [
        await tx((db) => addKnowledgeAlias(db, { target: "entity", id: sdf.id, alias: "التحالف الدولي" }, editor)),
        "ALIAS_TAKEN",
        /already names/,
      ],
      [
        await tx((db) => createActor(db, { name: "قسد", nameEn: "SDF again", actorKind: "armed_force" }, editor)),
        "ALIAS_TAKEN",
        /already names/,
      ],
      [
        await tx((db) => createPlace(db, { nameAr: top.nameAr, nameEn: "Copy", kind: "town" }, editor)),
        "ALIAS_TAKEN",
        /already names the place/,
      ],
      [
        await tx((db) => updatePlace(db, { id: top.id, version: top.version, parentId: top.id }, editor)),
        "CYCLE",
        /inside itself/,
      ],
      [
        await tx((db) => updatePlace(db, { id: top.id, version: top.version, parentId: leaf.id }, editor)),
        "CYCLE",
        /inside itself/,
      ],
      ...(member
        ? [
            [
              await tx((db) => updateActor(db, { id: member.memberOfId!, version: 1, memberOfId: member.id }, editor)),
              "CYCLE",
              /own members/,
            ] as const,
          ]
        : []),
    ] as const;
    for (const [result, reason, message] of refusals) {
      expect(result).toMatchObject({ ok: false, reason });
      if (!result.ok) expect(result.message).toMatch(message);
    }
    for (const nameAr of ["", "   ", "ب".repeat(301)])
      await expect(tx((db) => createPlace(db, { nameAr, nameEn: "Bara", kind: "town" }, editor))).rejects.toThrow(
        /empty|too long/,
      );
    await expect(
      tx((db) => createActor(db, { name: "x".repeat(301), nameEn: "x", actorKind: "armed_force" }, editor)),
    ).rejects.toThrow(/too long/);
    expect(await counts()).toEqual(before);
    expect(JSON.stringify(await readDeskPack(t.db, { includeDisabled: true }))).toBe(snapshot);
    void country;
  });

  it("re-analyses the claims that mention a new term and keeps links an editor confirmed or dismissed", async () => {
    const a = await importArticle(t.db, { text: sudan, title: "بارا", outlet: "سودان تريبيون" }, editor);
    const b = await importArticle(
      t.db,
      { text: sudan.split("\n\n").reverse().join("\n\n"), title: "بارا ٢", outlet: "الجزيرة نت" },
      editor,
    );
    const claim = async (articleId: string, s: string) => {
      const start = [...sudan.slice(0, sudan.indexOf(s))].length;
      const r = await tx((db) => createClaim(db, { articleId, start, end: start + [...s].length }, editor));
      if (!r.ok) throw new Error(r.message);
      return r.claim;
    };
    // claim offsets are taken in the first article's text, whose first paragraph is the second's last
    const c1 = await claim(a.id, sudan.split("\n\n")[0]);
    const c2 = await claim(a.id, sudan.split("\n\n")[1]);
    void b;
    const l1 = await tx((db) => createLink(db, { aId: c1.id, bId: c2.id, type: "contradicts" }, editor));
    const l2 = await tx((db) => createLink(db, { aId: c1.id, bId: c2.id, type: "corroborates" }, editor));
    if (!l1.ok || !l2.ok) throw new Error("links refused");
    await tx((db) => updateLink(db, { linkId: l1.link.id, status: "confirmed", version: l1.link.version }, editor));
    await tx((db) => updateLink(db, { linkId: l2.link.id, status: "dismissed", version: l2.link.version }, editor));
    const linksBefore = await t.db.claimLink.findMany({ orderBy: { id: "asc" } });

    const bara = await tx((db) => createPlace(db, { nameAr: "بارا", nameEn: "Bara", kind: "town" }, editor));
    expect(bara).toMatchObject({ ok: true, reanalysed: 2 });
    const after = await t.db.claimLink.findMany({ orderBy: { id: "asc" } });
    for (const l of linksBefore) expect(after.find((x) => x.id === l.id)).toMatchObject({ status: l.status, version: l.version });
  });

  it("proposes a Sudan conflict once the desk knows the force and the town: the knowledge edit re-runs detection", async () => {
    const withdrew = "أفاد مراسلنا بأن قوات الدعم السريع انسحبت من مدينة بارا صباح الاثنين.";
    const reinforced = "وقال شهود عيان إن قوات الدعم السريع دفعت بتعزيزات عسكرية كبيرة إلى مدينة بارا.";
    const whole = async (text: string, outlet: string) => {
      const article = await importArticle(t.db, { text, title: text.slice(0, 30), outlet }, editor);
      const r = await tx((db) => createClaim(db, { articleId: article.id, start: 0, end: [...text].length }, editor));
      if (!r.ok) throw new Error(r.message);
      return r.claim;
    };
    const c1 = await whole(withdrew, "سودان تريبيون");
    const c2 = await whole(reinforced, "الجزيرة نت");
    expect(await t.db.claimLink.count()).toBe(0);

    const rsf = await tx((db) =>
      createActor(
        db,
        { name: "قوات الدعم السريع", nameEn: "Rapid Support Forces", actorKind: "armed_force", aliases: ["الدعم السريع"] },
        editor,
      ),
    );
    expect(rsf.ok).toBe(true);
    expect(await t.db.claimLink.count()).toBe(0); // the same force, but no place yet
    await tx((db) => createPlace(db, { nameAr: "بارا", nameEn: "Bara", kind: "town" }, editor));
    const links = await t.db.claimLink.findMany();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ type: "contradicts", status: "proposed", proposedBy: "system" });
    expect([links[0].aId, links[0].bId].sort()).toEqual([c1.id, c2.id].sort());
    expect(links[0].reasons).toEqual(expect.arrayContaining(["same place: بارا", "drawdown vs reinforcement"]));
  });

  it("imports a pack file: new entries added, existing keys skipped, and says which", async () => {
    const pack = SHIPPED_PACKS[0];
    const extra = {
      ...pack,
      id: "sudan-test",
      entities: [
        pack.entities[0],
        {
          ...pack.entities[0],
          key: "saf",
          name: "القوات المسلحة السودانية",
          nameEn: "Sudanese Armed Forces",
          aliases: ["الجيش السوداني"],
          memberOf: [],
        },
      ],
      places: [pack.places[0]],
      bareTerms: [],
    };
    const report = await tx((db) => loadPack(db, extra, KNOWLEDGE_LOADER));
    expect(report).toMatchObject({ loaded: true, added: { entities: 1, places: 0 }, skipped: { entities: 1, places: 1 } });
    expect((await deskKnowledge(t.db)).actors.some((x) => x.nameEn === "Sudanese Armed Forces")).toBe(true);
  });
});
