import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { importArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { listEvents, verifyChain } from "@/lib/history/data";
import type { Actor } from "@/lib/history/schema";
import { getClaimReview, getSession, getSessionHistory } from "./data";
import { addEvidence } from "./evidence-mutations";
import { addToQueue, createSession, reopenSession, signOff } from "./session-mutations";
import { decide, patchClaim } from "./mutations";
import { restoreField } from "./restore-mutations";
import { decisionSchema, MAX_EVIDENCE_FILE_BYTES } from "./schema";

const text = [
  "قالت مصادر محلية إن قوات التحالف الدولي انسحبت من قاعدة الشدادي في ريف الحسكة.",
  "وأضافت المصادر أن 40 شاحنة نقلت المعدات العسكرية إلى العراق.",
  "وأكد المرصد السوري لحقوق الإنسان أن الدوريات المشتركة توقفت بشكل كامل.",
  "ويرى مراقبون أن الخطوة تعكس تحولاً في الاستراتيجية الأمريكية.",
  "ونفى مسؤول في قسد وجود أي انسحاب.",
].join("\n\n");
const phrases = ["انسحبت من قاعدة الشدادي", "40 شاحنة", "الدوريات المشتركة توقفت", "تحولاً في الاستراتيجية", "وجود أي انسحاب"];
const at = (s: string) => [...text.slice(0, text.indexOf(s))].length;

afterAll(dropTemplates);

describe.each(testProviders())("review sessions on %s", (provider) => {
  let t: TestDb;
  let claimIds: string[];
  let editor: Actor;
  let editor2: Actor;
  let admin: Actor;

  beforeEach(async () => {
    t = await freshDb(provider);
    const user = async (id: string, role: string) => {
      await t.db.user.create({ data: { id, name: id, email: `${id}@claimdesk.local`, role } });
      return { id, label: `${id}@claimdesk.local` };
    };
    editor = await user("editor", "editor");
    editor2 = await user("editor2", "editor");
    admin = await user("admin", "admin");
    const articleId = (await importArticle(t.db, { text, title: "اختبار" }, editor)).id;
    claimIds = [];
    for (const p of phrases) {
      const r = await t.db.$transaction((tx) => createClaim(tx, { articleId, start: at(p), end: at(p) + [...p].length }, editor));
      if (!r.ok) throw new Error(r.message);
      claimIds.push(r.claim.id);
    }
  });
  afterEach(() => t.close());

  async function session(ids = claimIds.slice(0, 3)) {
    const created = await t.db.$transaction((tx) =>
      createSession(tx, { title: "Deir ez-Zor presence", date: "2025-11-30", participantIds: ["editor", "editor2"] }, editor),
    );
    if (!created.ok) throw new Error(created.message);
    const added = await t.db.$transaction((tx) => addToQueue(tx, created.sessionId, ids, editor));
    if (!added.ok) throw new Error(added.message);
    return created.sessionId;
  }
  const version = async (id: string) => (await t.db.claim.findUniqueOrThrow({ where: { id } })).version;

  it("records a decision in the session: claim, item, decision and history event", async () => {
    const sessionId = await session();
    const claimId = claimIds[1];
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("in_review");
    const v = await version(claimId);
    const r = await t.db.$transaction((tx) => decide(tx, { sessionId, claimId, verdict: "contested", version: v }, editor2));
    expect(r).toMatchObject({ ok: true, claim: { verdict: "contested", status: "decided" } });
    const item = await t.db.sessionItem.findFirstOrThrow({ where: { sessionId, claimId } });
    expect(item).toMatchObject({ verdict: "contested", decidedById: "editor2" });
    expect(await t.db.decision.count({ where: { sessionId, claimId } })).toBe(1);
    const history = await getSessionHistory(t.db, sessionId);
    expect(history.find((e) => e.action === "decide")).toMatchObject({
      entityId: claimId,
      actor: editor2.label,
      changes: { verdict: ["unverified", "contested"], status: ["in_review", "decided"] },
    });
    const s = await getSession(t.db, sessionId);
    expect(s?.items.map((i) => i.claimId)).toEqual(claimIds.slice(0, 3));
  });

  it("refuses a verdict outside the list, a claim not in the session and a stale version", async () => {
    const sessionId = await session();
    expect(decisionSchema.safeParse({ claimId: "x", verdict: "true", version: 1 }).success).toBe(false);
    const outside = await t.db.$transaction((tx) =>
      decide(tx, { sessionId, claimId: claimIds[4], verdict: "contested", version: 1 }, editor),
    );
    expect(outside).toMatchObject({ ok: false, reason: "NOT_IN_SESSION" });
    const v = await version(claimIds[0]);
    await t.db.$transaction((tx) => decide(tx, { sessionId, claimId: claimIds[0], verdict: "unverifiable", version: v }, editor));
    const late = await t.db.$transaction((tx) =>
      decide(tx, { sessionId, claimId: claimIds[0], verdict: "contested", version: v }, editor2),
    );
    expect(late).toMatchObject({
      ok: false,
      reason: "STALE",
      current: { verdict: "unverifiable", version: v + 1 },
      updatedBy: { label: editor.label },
    });
  });

  it("requires evidence or a note for a strong verdict, and checks attachments", async () => {
    const sessionId = await session();
    const claimId = claimIds[2];
    const events = await t.db.reviewEvent.count();
    const v = await version(claimId);
    const bare = await t.db.$transaction((tx) => decide(tx, { sessionId, claimId, verdict: "false", version: v }, editor));
    expect(bare).toMatchObject({ ok: false, reason: "NEEDS_SUPPORT" });
    expect(await t.db.reviewEvent.count()).toBe(events);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).verdict).toBe("unverified");

    const input = { claimId, kind: "document" as const, text: "بيان المرصد" };
    const empty = { name: "a.pdf", type: "application/pdf", bytes: new Uint8Array() };
    expect(await t.db.$transaction((tx) => addEvidence(tx, input, empty, editor))).toMatchObject({ reason: "EMPTY_FILE" });
    const huge = { name: "a.bin", type: "", bytes: new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1) };
    expect(await t.db.$transaction((tx) => addEvidence(tx, input, huge, editor))).toMatchObject({ reason: "TOO_LARGE" });
    expect(await t.db.evidence.count()).toBe(0);

    const file = { name: "report.txt", type: "text/plain", bytes: new TextEncoder().encode("161 هجوما") };
    const added = await t.db.$transaction((tx) => addEvidence(tx, { ...input, sessionId }, file, editor));
    expect(added).toMatchObject({ ok: true, evidence: { fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const ok = await t.db.$transaction((tx) => decide(tx, { sessionId, claimId, verdict: "false", version: v }, editor));
    expect(ok).toMatchObject({ ok: true, claim: { verdict: "false" } });
    const review = await getClaimReview(t.db, claimId);
    expect(review?.evidence[0]).toMatchObject({ kind: "document", file: { name: "report.txt", size: file.bytes.length } });
    expect(review?.events.some((e) => e.entityType === "evidence")).toBe(true);

    // outside a session a written note is enough
    const v4 = await version(claimIds[4]);
    const noted = await t.db.$transaction((tx) =>
      patchClaim(tx, claimIds[4], { verdict: "misleading", note: "الصورة قديمة", version: v4 }, editor),
    );
    expect(noted).toMatchObject({ ok: true, claim: { verdict: "misleading", status: "decided" } });
    expect(await t.db.decision.count({ where: { claimId: claimIds[4], sessionId: null } })).toBe(1);
  });

  it("makes a signed-off session read-only, records its head, and lets only an admin reopen it", async () => {
    const sessionId = await session();
    const v0 = await version(claimIds[0]);
    await t.db.$transaction((tx) => decide(tx, { sessionId, claimId: claimIds[0], verdict: "contested", version: v0 }, editor));
    const s0 = await t.db.reviewSession.findUniqueOrThrow({ where: { id: sessionId } });
    const signed = await t.db.$transaction((tx) => signOff(tx, sessionId, s0.version, editor2));
    if (!signed.ok) throw new Error(signed.message);
    const chain = await verifyChain(t.db);
    expect(chain).toMatchObject({ ok: true, head: signed.head });
    expect(signed.summary).toMatchObject({ total: 3, decided: 1, perVerdict: { contested: 1 } });
    expect(signed.summary.participants).toEqual([editor.label, editor2.label].sort());
    const detail = await getSession(t.db, sessionId);
    expect(detail).toMatchObject({ status: "signed_off", signOffHead: signed.head, summary: { decided: 1 } });

    const v = await version(claimIds[1]);
    expect(
      await t.db.$transaction((tx) => decide(tx, { sessionId, claimId: claimIds[1], verdict: "contested", version: v }, editor)),
    ).toMatchObject({
      reason: "SIGNED_OFF",
    });
    expect(await t.db.$transaction((tx) => addToQueue(tx, sessionId, [claimIds[4]], editor))).toMatchObject({
      reason: "SIGNED_OFF",
    });
    expect(
      await t.db.$transaction((tx) =>
        addEvidence(tx, { claimId: claimIds[1], kind: "link", text: "x", sessionId }, null, editor),
      ),
    ).toMatchObject({ reason: "SIGNED_OFF" });
    expect(await t.db.$transaction((tx) => signOff(tx, sessionId, s0.version + 1, editor))).toMatchObject({
      reason: "SIGNED_OFF",
    });

    // the signed-off decision cannot be undone from the claim's history
    const decided = (await listEvents(t.db, { entityIds: [claimIds[0]] })).items.find(
      (e) => e.changes.verdict?.[1] === "contested",
    )!;
    const restore = async () =>
      t.db.$transaction(async (tx) =>
        restoreField(
          tx,
          { claimId: claimIds[0], seq: decided.seq, field: "verdict", version: await version(claimIds[0]) },
          editor,
        ),
      );
    expect(await restore()).toMatchObject({ ok: false, reason: "SIGNED_OFF", message: expect.stringContaining("reopen") });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimIds[0] } })).verdict).toBe("contested");

    expect(await t.db.$transaction((tx) => reopenSession(tx, sessionId, editor, "editor"))).toMatchObject({
      reason: "FORBIDDEN",
    });
    expect(await t.db.$transaction((tx) => reopenSession(tx, sessionId, admin, "admin"))).toMatchObject({ ok: true });
    // back to no verdict: the claim is no longer decided either (the review rules hold after a restore)
    expect(await restore()).toMatchObject({ ok: true, claim: { verdict: decided.changes.verdict![0], status: "in_review" } });
    const history = await getSessionHistory(t.db, sessionId);
    expect(history[0]).toMatchObject({ action: "reopen", actor: admin.label });
    expect(history.filter((e) => e.action === "sign_off")).toHaveLength(1);
    expect((await getSession(t.db, sessionId))?.status).toBe("open");
  });

  it("a restore never leaves a decided claim without a verdict", async () => {
    const claimId = claimIds[2];
    const set = await t.db.$transaction((tx) => patchClaim(tx, claimId, { verdict: "contested", version: 1 }, editor));
    if (!set.ok) throw new Error(set.message);
    expect(set.claim).toMatchObject({ verdict: "contested", status: "decided" });
    const events = async () => (await listEvents(t.db, { entityIds: [claimId] })).items;
    const decidedAt = (await events()).find((e) => e.changes.verdict?.[1] === "contested")!;
    const back = await t.db.$transaction((tx) =>
      restoreField(tx, { claimId, seq: decidedAt.seq, field: "verdict", version: set.claim.version }, editor),
    );
    if (!back.ok) throw new Error(back.message);
    expect(back.claim).toMatchObject({ verdict: "unverified", status: "in_review" });
    expect((await events())[0]).toMatchObject({
      action: "restore",
      changes: { verdict: ["contested", "unverified"], status: ["decided", "in_review"] },
    });
    // the status "decided" of that restore's own event cannot come back while there is no verdict
    const restoreEvent = (await events())[0];
    const refused = await t.db.$transaction((tx) =>
      restoreField(tx, { claimId, seq: restoreEvent.seq, field: "status", version: back.claim.version }, editor),
    );
    expect(refused).toMatchObject({ ok: false, reason: "INVALID", message: expect.stringContaining("without a verdict") });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("in_review");
  });

  it("restores an earlier statement as a new, recorded event", async () => {
    const claimId = claimIds[3];
    const first = await t.db.$transaction((tx) => patchClaim(tx, claimId, { statement: "تحول استراتيجي", version: 1 }, editor));
    if (!first.ok) throw new Error(first.message);
    const second = await t.db.$transaction((tx) =>
      patchClaim(tx, claimId, { statement: "قراءة مراقبين", version: first.claim.version }, editor2),
    );
    if (!second.ok) throw new Error(second.message);
    const { items } = await listEvents(t.db, { entityIds: [claimId] });
    const change = items.find((e) => e.changes.statement?.[1] === "قراءة مراقبين")!;
    const restored = await t.db.$transaction((tx) =>
      restoreField(tx, { claimId, seq: change.seq, field: "statement", version: second.claim.version }, editor),
    );
    expect(restored).toMatchObject({ ok: true, claim: { statement: "تحول استراتيجي", version: 4 } });
    const after = await listEvents(t.db, { entityIds: [claimId] });
    expect(after.items[0]).toMatchObject({
      action: "restore",
      changes: { statement: ["قراءة مراقبين", "تحول استراتيجي"], restoredFrom: [null, change.seq] },
    });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it.runIf(provider === "postgres")(
    "keeps the chain intact and loses no update under 20 concurrent writers × 50 edits",
    async () => {
      const shared = claimIds; // 20 writers on 5 claims: most saves race and retry on STALE
      let staleRetries = 0;
      const writers = Array.from({ length: 20 }, (_, w) =>
        (async () => {
          const claimId = shared[w % shared.length];
          let known = 1;
          for (let i = 0; i < 50; i++) {
            for (;;) {
              const r = await t.db.$transaction(
                (tx) => patchClaim(tx, claimId, { statement: `writer ${w} edit ${i}`, version: known }, editor),
                { maxWait: 60_000, timeout: 60_000 },
              );
              if (r.ok) {
                known = r.claim.version;
                break;
              }
              if (r.reason !== "STALE" || !r.current) throw new Error(r.message);
              staleRetries++;
              known = r.current.version;
            }
          }
        })(),
      );
      await Promise.all(writers);
      const claims = await t.db.claim.findMany({ where: { id: { in: shared } } });
      expect(claims.reduce((n, c) => n + c.version - 1, 0)).toBe(1000);
      expect(await t.db.reviewEvent.count({ where: { entityId: { in: shared }, action: "update" } })).toBe(1000);
      const chain = await verifyChain(t.db);
      expect(chain.ok).toBe(true);
      console.log(`20 writers × 50 edits: ${staleRetries} stale retries, chain of ${chain.count} events verified`);
    },
    180_000,
  );
});
