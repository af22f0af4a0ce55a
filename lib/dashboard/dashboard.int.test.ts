import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { acceptSuggestion } from "@/lib/claims/mutations";
import { addToQueue, createSession } from "@/lib/review/session-mutations";
import { decide } from "@/lib/review/mutations";
import { seedText } from "@/lib/test/seeds";
import { getDashboard } from "./data";

const editor = { id: "editor", label: "editor@claimdesk.local" };
const system = { id: null, label: "sample corpus" };

afterAll(dropTemplates);

describe.each(testProviders())("the desk dashboard on %s", (provider) => {
  let t: TestDb;
  const claims: string[] = [];

  beforeEach(async () => {
    t = await freshDb(provider);
    await t.db.user.create({ data: { id: "editor", name: "editor", email: "editor@claimdesk.local", role: "editor" } });
    claims.length = 0;
    for (const [file, phrases] of [
      ["002", ["سلّم خلال شهر أيار", "انسحبت من ثلاث قواعد"]],
      ["004", ["كبيرة من قبل التحالف الدولي", "قاعدة قسرك"]],
    ] as const) {
      const article = await importArticle(t.db, { text: seedText(file), fileName: `${file}.txt` }, system);
      for (const phrase of phrases) {
        const s = await t.db.suggestion.findFirstOrThrow({ where: { articleId: article.id, quote: { contains: phrase } } });
        const r = await t.db.$transaction((tx) => acceptSuggestion(tx, s.id, editor));
        if (!r.ok) throw new Error(r.message);
        claims.push(r.claim.id);
      }
    }
  });
  afterEach(() => t.close());

  it("counts claims by verdict and attributions by kind, open conflicts by place, open sessions and the latest events", async () => {
    const created = await t.db.$transaction((tx) =>
      createSession(tx, { title: "جلسة الصباح", date: "2025-11-30", participantIds: [] }, editor),
    );
    if (!created.ok) throw new Error(created.message);
    await t.db.$transaction((tx) => addToQueue(tx, created.sessionId, claims.slice(0, 2), editor));
    const version = (await t.db.claim.findUniqueOrThrow({ where: { id: claims[0] } })).version;
    const decided = await t.db.$transaction((tx) =>
      decide(tx, { sessionId: created.sessionId, claimId: claims[0], verdict: "contested", version }, editor),
    );
    expect(decided.ok).toBe(true);

    const d = await getDashboard(t.db);
    expect(d.claims).toBe(4);
    expect(d.byVerdict.map((v) => v.key)).toEqual([
      "unverified",
      "corroborated",
      "contested",
      "false",
      "misleading",
      "unverifiable",
    ]);
    expect(d.byVerdict.find((v) => v.key === "contested")!.count).toBe(1);
    expect(d.byVerdict.find((v) => v.key === "unverified")!.count).toBe(3);
    expect(d.byKind).toHaveLength(8);
    expect(d.byKind.reduce((n, k) => n + k.count, 0)).toBe(await t.db.attribution.count());

    // the seed claims propose the drawdown-vs-reinforcement conflict; its places are counted once per link
    expect(d.openConflicts).toBeGreaterThan(0);
    expect(d.conflictsByPlace.length).toBeGreaterThan(0);
    for (const p of d.conflictsByPlace) {
      expect(p.label.ar).toMatch(/[\u0600-\u06FF]/);
      expect(p.label.en).toMatch(/[A-Za-z]/);
      expect(p.count).toBeLessThanOrEqual(d.openConflicts);
    }

    expect(d.sessions).toEqual([{ id: created.sessionId, title: "جلسة الصباح", date: "2025-11-30", decided: 1, total: 2 }]);
    expect(d.recent[0]).toMatchObject({ action: "decide", entityType: "claim", entityId: claims[0] });
    expect(d.recent.map((e) => e.seq)).toEqual([...d.recent.map((e) => e.seq)].sort((a, b) => b - a));
  });
});
