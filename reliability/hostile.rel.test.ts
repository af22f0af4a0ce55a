// Hostile input through the real server: random bytes and broken encodings as files, huge bodies,
// bidi and zero-width characters, HTML/JS in every text field, offsets at every boundary, split
// surrogate pairs and SQL-looking searches. Each is refused with a clear message or stored inertly;
// the server never answers 5xx, and nothing is half-written.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "@/lib/test/db";
import { port, prepareDatabase, signIn, startServer, type Server } from "./lib/app";
import { client, type Answer, type Client } from "./lib/client";
import { expectIntact } from "./lib/invariants";
import { malformedTextPath } from "@/lib/text/well-formed";
import { bidiIsolationProblems, HOSTILE_STRINGS, SQL_LOOKING, hostileText, percentEncode } from "./lib/hostile-corpus";

let test: TestDb;
let server: Server;
let editor: Client;
let tried = 0;

beforeAll(async () => {
  test = await prepareDatabase("sqlite", { seed: false });
  server = await startServer(test.url, port(3));
  editor = client(server.base, await signIn(server.base, "editor"));
});

afterAll(async () => {
  console.log(`hostile inputs tried: ${tried}`);
  await server?.stop();
  await test?.close();
});

/** A refusal names what is wrong; anything else is a success. Never a 5xx. */
function expectRefusedClearlyOrStored(answer: Answer, label: string) {
  tried++;
  expect(answer.status, `${label}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBeLessThan(500);
  if (answer.status >= 400) expect(answer.body?.error?.message, label).toMatch(/\w{3,}/);
}

async function upload(files: Array<{ name: string; bytes: Uint8Array }>) {
  const form = new FormData();
  for (const f of files) form.append("files", new Blob([f.bytes as BlobPart]), f.name);
  return editor.post("/api/import", form);
}

describe("hostile files", () => {
  it("refuses random bytes and broken encodings file by file with a message, or stores decoded text", async () => {
    const samples = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { numRuns: 60, seed: 10 });
    const broken = [
      [0xc3, 0x28],
      [0xe2, 0x28, 0xa1],
      [0xf0, 0x28, 0x8c, 0xbc],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80, 0x20, 0xed, 0xb0, 0x80],
      [0xff, 0xfe, 0x00],
      [0xfe, 0xff, 0xd8, 0x00],
      [...new TextEncoder().encode("قال المرصد السوري إن "), 0xd9, 0x20, 0x80, ...new TextEncoder().encode(" القصف استمر")],
    ].map((b) => new Uint8Array(b));
    const files = [...samples, ...broken].map((bytes, i) => ({ name: `hostile-${i}.txt`, bytes }));
    const answer = await upload(files);
    expectRefusedClearlyOrStored(answer, "random bytes");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.outcomes).toHaveLength(files.length);
    for (const o of answer.body.outcomes) {
      tried++;
      if (o.status === "refused") expect(o.message).toMatch(/\w{3,}/);
      else expect(["created", "duplicate", "revision"]).toContain(o.status);
    }
    for (const r of await test.db.articleRevision.findMany({ select: { text: true } }))
      expect(malformedTextPath(r.text)).toBeNull();
  });

  it("refuses a 10 MB file and a 10 MB body with a clear message", async () => {
    const big = new TextEncoder().encode("خبر عاجل. ".repeat(600_000));
    expect(big.length).toBeGreaterThan(10_000_000);
    const answer = await upload([{ name: "huge.txt", bytes: big }]);
    expectRefusedClearlyOrStored(answer, "10 MB file");
    expect(answer.body.outcomes?.[0], JSON.stringify(answer.body)).toMatchObject({ status: "refused" });
    const body = await editor.post("/api/articles", { text: new TextDecoder().decode(big) });
    expectRefusedClearlyOrStored(body, "10 MB body");
    expect(body.status).toBe(413);
    const evidence = await editor.post("/api/claims/none/evidence", "x".repeat(11 * 1024 * 1024));
    expectRefusedClearlyOrStored(evidence, "11 MB evidence");
  });

  it("answers bodies that are not JSON, or JSON of the wrong shape, with 400", async () => {
    for (const raw of ["", "{", "\u0000", "[1,2", '{"text": 1}', "null", '"text"', "\ud800", "{}".repeat(1000)]) {
      const answer = await editor.post("/api/articles", raw, { "content-type": "application/json" });
      expectRefusedClearlyOrStored(answer, `body ${JSON.stringify(raw).slice(0, 20)}`);
      expect(answer.status).toBe(400);
    }
  });
});

describe("hostile text", () => {
  it("stores any article text, title and outlet exactly (or refuses it clearly)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), hostileText(), hostileText(), async (text, title, outlet) => {
        const answer = await editor.post("/api/articles", { text, title, outlet });
        expectRefusedClearlyOrStored(answer, "article");
        if (answer.status >= 400) return;
        const article = (await editor.get(`/api/articles/${answer.body.id}`)).body;
        expect(malformedTextPath(article.text)).toBeNull();
        if (answer.body.status === "created")
          expect(article.text).toBe(
            text
              .replace(/^\ufeff/, "")
              .replace(/\r\n?/g, "\n")
              .normalize("NFC"),
          );
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it("anchors claims at every boundary or refuses them clearly, never splitting a character", async () => {
    // Flags and family emoji (surrogate pairs, ZWJ), shadda, bidi override and isolate, zero-width, markup.
    const text = "قالت «قسد» 🇸🇾 إنّ \u202Eالشدادي\u202C 👩‍👩‍👧 <b>x</b>\u200B\u2067عند\u2069 الفجر.\n𝔘 ٣ كم";
    const created = await editor.post("/api/articles", { text, title: "حدود", language: "ar" });
    expect(created.status).toBe(201);
    const { id } = created.body;
    const article = (await editor.get(`/api/articles/${id}`)).body;
    const points = [...article.text];
    const n = points.length;
    const utf16 = article.text.length;
    for (let start = -1; start <= n + 1; start++) {
      const ends = new Set([start - 1, start, start + 1, n, n + 1, utf16]);
      for (const end of ends) {
        const answer = await editor.post("/api/claims", { articleId: id, start, end });
        expectRefusedClearlyOrStored(answer, `span ${start}-${end}`);
        if (answer.status === 201) {
          expect(answer.body.quote).toBe(points.slice(start, end).join(""));
          expect(malformedTextPath(answer.body.quote)).toBeNull();
        }
      }
    }
    // UTF-16 offsets (a client counting code units) land inside surrogate pairs: never half a character.
    for (let start = 0; start < utf16; start += 3) {
      const answer = await editor.post("/api/claims", { articleId: id, start, end: Math.min(utf16, start + 7) });
      expectRefusedClearlyOrStored(answer, `UTF-16 span at ${start}`);
      if (answer.status === 201) expect(malformedTextPath(answer.body.quote)).toBeNull();
    }
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), fc.option(hostileText()), async (start, end, statement) => {
        const answer = await editor.post("/api/claims", { articleId: id, start, end, statement });
        expectRefusedClearlyOrStored(answer, "span of anything");
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it("answers SQL-looking and random searches and filters without harm", async () => {
    const before = await test.db.claim.count();
    const queries = [...SQL_LOOKING, ...fc.sample(hostileText(), { numRuns: 60, seed: 13 })];
    for (const search of queries) {
      const answer = await editor.get(`/api/claims?search=${percentEncode(search)}`);
      expectRefusedClearlyOrStored(answer, `search ${JSON.stringify(search).slice(0, 40)}`);
      expect([200, 400], `search ${search}`).toContain(answer.status);
    }
    for (const param of ["sort", "order", "page", "pageSize", "verdict", "status", "from", "to", "kind", "conflicts"]) {
      for (const value of SQL_LOOKING.slice(0, 4)) {
        const answer = await editor.get(`/api/claims?${param}=${encodeURIComponent(value)}`);
        expectRefusedClearlyOrStored(answer, `${param}=${value}`);
        expect(answer.status).toBe(400);
      }
    }
    expect(await test.db.claim.count()).toBe(before);
  });
});

describe("HTML and bidi controls in every text field", () => {
  it("are stored as typed, escaped on the pages and isolated in the report", async () => {
    const payloads = HOSTILE_STRINGS;
    for (const [i, p] of payloads.entries()) {
      const article = await editor.post("/api/articles", {
        text: `قال المرصد السوري لحقوق الإنسان إن قوات التحالف انسحبت من القاعدة رقم ${i}.\n\n${p}\n\nوأضاف أن الانسحاب تم فجر الأحد.`,
        title: p,
        outlet: p,
      });
      expectRefusedClearlyOrStored(article, "article with payload");
      const articleId = article.body.id;
      const claim = await editor.post("/api/claims", { articleId, start: 0, end: 30, statement: p });
      expectRefusedClearlyOrStored(claim, "claim with payload");
      expect(claim.status, JSON.stringify([article.body, claim.body])).toBe(201);
      const claimId = claim.body.id;
      expect(claim.body.statement).toBe(p.trim());
      const patched = await editor.patch(`/api/claims/${claimId}`, {
        verdict: "contested",
        note: p,
        version: claim.body.version,
      });
      expectRefusedClearlyOrStored(patched, "note with payload");
      expectRefusedClearlyOrStored(
        await editor.post(`/api/claims/${claimId}/evidence`, { kind: "observation", text: p }),
        "evidence",
      );
      const source = await editor.post("/api/sources", { name: `${p} ${i}`, kind: "person" });
      expectRefusedClearlyOrStored(source, "source");
      if (source.status < 300)
        expectRefusedClearlyOrStored(
          await editor.post(`/api/sources/${source.body.id}/aliases`, { alias: `${p}#${i}` }),
          "alias",
        );
      expectRefusedClearlyOrStored(
        await editor.post("/api/sessions", { title: p, date: "2026-11-21", claimIds: [claimId] }),
        "session",
      );
      for (const page of [
        `/articles/${articleId}`,
        `/claims/${claimId}`,
        `/claims/${claimId}/history`,
        "/claims",
        "/sessions",
        "/sources",
      ]) {
        const html = await editor.text(page);
        tried++;
        expect(html, page).not.toContain("<script>alert(");
        expect(html, page).not.toMatch(/<img[^>]*onerror/i);
      }
    }
    const report = await editor.text("/api/exports?format=html");
    expect(report).not.toContain("<script>alert(");
    expect(report).not.toMatch(/<img[^>]*onerror/i);
    expect(bidiIsolationProblems(report)).toEqual([]);
  });
});

describe("afterwards", () => {
  it("nothing is half-written: every row has its history and the chain verifies", async () => {
    const figures = await expectIntact(test.db, test.url);
    expect(figures.claims).toBeGreaterThan(10);
    const health = await fetch(`${server.base}/sign-in`);
    expect(health.status).toBe(200);
  });
});
