// 50 signed-in editors for 60 s (RELIABILITY_LOAD_SECONDS) against `next start`: the claims table,
// searches and article pages mixed with new claims and verdicts. No 5xx, no SQLITE_BUSY reaching a
// user, every acknowledged write stored with its history, and `history:verify` passes. On PostgreSQL
// two app instances share one database.
import autocannon from "autocannon";
import { afterEach, describe, expect, it } from "vitest";
import type { Provider } from "@/lib/test/db";
import { port, prepareDatabase, providers, runScript, signIn, startServer, type Server } from "./lib/app";
import { client } from "./lib/client";
import { expectAcknowledged, expectIntact } from "./lib/invariants";
import { articleLengths } from "./lib/writes";

const CLIENTS = 50;
const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const searches = ["التحالف", "دير الزور", "قسد", "داعش", "الرقة", "انسحاب"];
const verdicts = ["contested", "unverifiable"];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

type Ctx = { cookie?: string; n: number; mine: Array<{ id: string; version: number }>; fallback?: boolean };
/** Each kind of request and the statuses it may answer; anything else is counted as unexpected. A
 * random span may fall on furniture or repeat a claim (400, 409); a verdict may meet a newer version (409). */
const EXPECTED = {
  table: [200],
  search: [200],
  article: [200],
  create: [201, 400, 409],
  verdict: [200, 409],
  "table (no claim of its own yet)": [200],
} as const;
type Kind = keyof typeof EXPECTED;

type Tally = {
  byKind: Record<string, Record<string, number>>;
  unexpected: string[];
  serverErrors: string[];
  claims: Set<string>;
  verdicts: Map<string, { verdict: string; version: number }>;
};

/** One autocannon run of `connections` clients (each with its own session) against one app instance. */
function drive(server: Server, cookies: string[], articles: Array<{ id: string; length: number }>, tally: Tally) {
  let nextCookie = 0;
  const note = (kind: Kind, status: number, body: string) => {
    const counts = (tally.byKind[kind] ??= {});
    counts[status] = (counts[status] ?? 0) + 1;
    if (!(EXPECTED[kind] as readonly number[]).includes(status))
      tally.unexpected.push(`${kind}: ${status} ${body.slice(0, 160)}`);
    if (status >= 500 || body.includes("SQLITE_BUSY")) tally.serverErrors.push(`${status} ${body.slice(0, 200)}`);
  };
  const withSession = (req: autocannon.Request, ctx: Ctx) => {
    ctx.cookie ??= cookies[nextCookie++ % cookies.length];
    ctx.n = (ctx.n ?? 0) + 1;
    ctx.mine ??= [];
    return { ...req, headers: { ...req.headers, cookie: ctx.cookie, origin: server.base, "content-type": "application/json" } };
  };
  const read = (kind: Kind, pathOf: (ctx: Ctx) => string): autocannon.Request => ({
    method: "GET",
    setupRequest: (req, c) => ({ ...withSession(req, c as Ctx), path: pathOf(c as Ctx) }),
    onResponse: (status, body) => note(kind, status, body),
  });
  const requests: autocannon.Request[] = [
    read("table", () => "/api/claims?pageSize=100&sort=updated_at&order=desc"),
    read("search", (c) => `/api/claims?search=${encodeURIComponent(searches[c.n % searches.length])}`),
    read("article", (c) => `/articles/${articles[c.n % articles.length].id}`),
    {
      method: "POST",
      path: "/api/claims",
      setupRequest: (req, c) => {
        const article = articles[Math.floor(Math.random() * articles.length)];
        const start = Math.floor(Math.random() * (article.length - 40));
        const body = JSON.stringify({ articleId: article.id, start, end: start + 8 + Math.floor(Math.random() * 30) });
        return { ...withSession(req, c as Ctx), body };
      },
      onResponse: (status, body, c) => {
        note("create", status, body);
        if (status !== 201) return;
        const claim = JSON.parse(body) as { id: string; version: number };
        tally.claims.add(claim.id);
        (c as Ctx).mine.push({ id: claim.id, version: claim.version });
      },
    },
    {
      method: "PATCH",
      setupRequest: (req, c) => {
        const ctx = c as Ctx;
        const target = ctx.mine[ctx.n % Math.max(1, ctx.mine.length)];
        // Before this client has a claim of its own, it reads the table once more instead.
        if (!target) {
          ctx.fallback = true;
          return { ...withSession(req, ctx), method: "GET", path: "/api/claims?status=new", body: undefined };
        }
        ctx.fallback = false;
        const body = JSON.stringify({ verdict: verdicts[ctx.n % verdicts.length], note: "حمل اختباري", version: target.version });
        return { ...withSession(req, ctx), path: `/api/claims/${target.id}`, body };
      },
      onResponse: (status, body, c) => {
        const ctx = c as Ctx;
        note(ctx.fallback ? "table (no claim of its own yet)" : "verdict", status, body);
        if (status === 409) {
          const stale = JSON.parse(body) as { current?: { id: string; version: number } };
          const mine = ctx.mine.find((m) => m.id === stale.current?.id);
          if (mine && stale.current) mine.version = stale.current.version;
        }
        if (status !== 200 || !body.includes('"verdict"')) return;
        const claim = JSON.parse(body) as { id: string; version: number; verdict: string };
        if (!claim.id) return;
        tally.verdicts.set(claim.id, { verdict: claim.verdict, version: claim.version });
        const mine = ctx.mine.find((m) => m.id === claim.id);
        if (mine) mine.version = claim.version;
      },
    },
  ];
  return autocannon({
    url: server.base,
    connections: cookies.length,
    duration: seconds,
    timeout: 60,
    requests,
    initialContext: {},
  });
}

describe.each(providers())("load on %s", (provider: Provider) => {
  it(`holds ${CLIENTS} signed-in editors for ${seconds} s with every acknowledged write stored`, async () => {
    const test = await prepareDatabase(provider);
    cleanups.push(() => test.close());
    const instances = provider === "sqlite" ? [port(9)] : [port(10), port(11)];
    const servers: Server[] = [];
    for (const p of instances) {
      const server = await startServer(test.url, p);
      cleanups.push(() => server.stop());
      servers.push(server);
    }
    const cookies = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => signIn(servers[i % servers.length].base, "editor")),
    );
    const articles = await articleLengths(client(servers[0].base, cookies[0]));
    const tally: Tally = { byKind: {}, unexpected: [], serverErrors: [], claims: new Set(), verdicts: new Map() };
    const per = CLIENTS / servers.length;
    const results = await Promise.all(servers.map((s, i) => drive(s, cookies.slice(i * per, (i + 1) * per), articles, tally)));

    const requests = results.reduce((n, r) => n + r.requests.total, 0);
    const p99 = Math.max(...results.map((r) => r.latency.p99));
    const p50 = Math.max(...results.map((r) => r.latency.p50));
    console.log(
      `load on ${provider} (${servers.length} instance${servers.length > 1 ? "s" : ""}): ${requests} requests in ${seconds} s, ` +
        `p50 ${p50} ms, p99 ${p99} ms, statuses by kind ${JSON.stringify(tally.byKind)}, ` +
        `${tally.claims.size} claims and ${tally.verdicts.size} verdicts acknowledged`,
    );
    expect(tally.serverErrors).toEqual([]);
    expect(tally.unexpected.slice(0, 5)).toEqual([]);
    expect(results.reduce((n, r) => n + r.errors + r.timeouts, 0)).toBe(0);
    for (const s of servers) expect(s.log()).not.toContain("SQLITE_BUSY");
    expect(tally.claims.size).toBeGreaterThan(0);
    expect(tally.verdicts.size).toBeGreaterThan(0);

    for (const s of servers) await s.stop();
    await expectAcknowledged(test.db, tally);
    await expectIntact(test.db, test.url);
    const verify = await runScript("history-verify", [], test.url);
    expect(verify.code, verify.output).toBe(0);
    expect(verify.output).toMatch(/verified \d+ events/);
  });
});
