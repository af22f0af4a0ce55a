// The access-control matrix: every route handler, every server action and every page, as anonymous,
// viewer, editor and admin, against `next start`; then session expiry, the sign-in limit, security
// headers and cookie flags.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOperations } from "@/lib/api/operations";
import { createApiToken } from "@/lib/auth/mutations";
import { can, roles, type Role } from "@/lib/auth/roles";
import type { TestDb } from "@/lib/test/db";
import { port, prepareDatabase, signIn, startServer, type Server } from "./lib/app";
import { actionIds, pages, routeHandlers, serverActions } from "./lib/surface";

let test: TestDb;
let server: Server;
const cookies = {} as Record<Role, string>;
type Who = Role | "anonymous";
const everyone: Who[] = ["anonymous", ...roles];

beforeAll(async () => {
  test = await prepareDatabase("sqlite", { seed: false });
  server = await startServer(test.url, port(0));
  for (const role of roles) cookies[role] = await signIn(server.base, role);
});

afterAll(async () => {
  await server?.stop();
  await test?.close();
});

function headersFor(who: Who, extra: Record<string, string> = {}) {
  return { origin: server.base, ...(who === "anonymous" ? {} : { cookie: cookies[who] }), ...extra };
}

describe("route handlers", () => {
  const handlers = routeHandlers().filter((h) => !h.path.startsWith("/api/auth/"));

  it("are all documented with the permission they need", () => {
    expect(handlers.length).toBeGreaterThan(20);
    for (const h of handlers) {
      expect(
        apiOperations.find((o) => o.method === h.method && o.path === h.path),
        `${h.method} ${h.path}`,
      ).toBeDefined();
    }
  });

  for (const who of everyone) {
    it(`answer ${who} by role`, async () => {
      const eventsBefore = await test.db.reviewEvent.count();
      for (const h of handlers) {
        const permission = apiOperations.find((o) => o.method === h.method && o.path === h.path)!.permission;
        const url = server.base + h.path.replace(/\{\w+\}/g, "no-such-id");
        const body = h.method === "get" ? undefined : "{}";
        const res = await fetch(url, {
          method: h.method.toUpperCase(),
          headers: headersFor(who, { "content-type": "application/json" }),
          body,
        });
        const label = `${who} ${h.method} ${h.path} → ${res.status}`;
        if (who === "anonymous") expect(res.status, label).toBe(401);
        else if (!can(who, permission)) expect(res.status, label).toBe(403);
        else expect([401, 403], label).not.toContain(res.status);
        expect(res.status, label).toBeLessThan(500);
      }
      // Nothing was written by requests without a real target or body.
      expect(await test.db.reviewEvent.count()).toBe(eventsBefore);
    });
  }
});

describe("server actions", () => {
  const ids = actionIds();
  const actions = serverActions();

  it("all go through runAction with a permission and are in the build", () => {
    expect(actions.length).toBeGreaterThan(20);
    for (const a of actions) {
      expect(a.permission, `${a.file} ${a.name} calls runAction`).not.toBeNull();
      expect(ids.get(`${a.file}#${a.name}`), `${a.file} ${a.name} is bundled`).toBeDefined();
    }
    // Viewers keep only their own API tokens, saved views, language, lookups and the download of the
    // desk's knowledge they can read: nothing of the desk's records.
    const readActions = actions.filter((a) => a.permission === "read").map((a) => a.name);
    expect(readActions.sort()).toEqual(
      [
        "createTokenAction",
        "deleteViewAction",
        "exportPackAction",
        "findClaimsToLinkAction",
        "revokeTokenAction",
        "saveViewAction",
        "searchSourcesAction",
        "setLocaleAction",
      ].sort(),
    );
  });

  for (const who of everyone) {
    it(`answer ${who} by role`, async () => {
      const eventsBefore = await test.db.reviewEvent.count();
      for (const a of actions) {
        const { id, page } = ids.get(`${a.file}#${a.name}`)!;
        const res = await fetch(server.base + page, {
          method: "POST",
          redirect: "manual",
          headers: headersFor(who, { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" }),
          body: JSON.stringify([{ junk: true }]),
        });
        const text = await res.text();
        const label = `${who} ${a.name} → ${res.status} ${text.slice(0, 200)}`;
        if (who === "anonymous") {
          expect(res.status, label).toBe(307);
          expect(res.headers.get("location"), label).toMatch(/\/sign-in/);
          continue;
        }
        expect(res.status, label).toBe(200);
        const reason = text.match(/"reason":"(\w+)"/)?.[1];
        expect(text, label).toMatch(/"ok":(true|false)/);
        if (can(who, a.permission as never)) expect(["FORBIDDEN", "UNAUTHENTICATED"], label).not.toContain(reason);
        else expect(reason, label).toBe("FORBIDDEN");
      }
      expect(await test.db.reviewEvent.count()).toBe(eventsBefore);
    });
  }
});

describe("forged credentials", () => {
  const forged: { label: string; headers: Record<string, string> }[] = [
    { label: "a session cookie nobody issued", headers: { cookie: "better-auth.session_token=forged.c2lnbmF0dXJl" } },
    { label: "a junk bearer token", headers: { authorization: "Bearer junk" } },
    {
      label: "a well-formed token that does not exist",
      headers: { authorization: "Bearer cd_0000000000000000000000000000000000000000" },
    },
  ];

  it("get 401 from every API read and write, and write nothing", async () => {
    const before = await test.db.reviewEvent.count();
    const handlers = routeHandlers().filter((h) => !h.path.startsWith("/api/auth/"));
    for (const f of forged)
      for (const h of handlers) {
        const res = await fetch(server.base + h.path.replace(/\{\w+\}/g, "no-such-id"), {
          method: h.method.toUpperCase(),
          headers: { origin: server.base, "content-type": "application/json", ...f.headers },
          body: h.method === "get" ? undefined : "{}",
        });
        expect(res.status, `${f.label}: ${h.method} ${h.path}`).toBe(401);
      }
    expect(await test.db.reviewEvent.count()).toBe(before);
  });

  it("are sent to sign-in from every page, on a full load and on a client-side (RSC) navigation", async () => {
    for (const p of pages().filter((p) => p !== "/sign-in" && p !== "/forbidden")) {
      const url = server.base + p.replace(/\{\w+\}/g, "x");
      for (const rsc of [false, true]) {
        const headers = { ...forged[0].headers, ...(rsc ? { rsc: "1", "next-router-state-tree": "%5B%22%22%2C%7B%7D%5D" } : {}) };
        let res = await fetch(url, { redirect: "manual", headers });
        // Next.js first sends an RSC request to the same page with its cache-busting "_rsc" parameter
        const busted = res.headers.get("location");
        if (rsc && busted?.includes("_rsc=")) res = await fetch(new URL(busted, server.base), { redirect: "manual", headers });
        const where = `${p}${rsc ? " (RSC)" : ""}`;
        if (res.status >= 300 && res.status < 400) expect(res.headers.get("location"), where).toMatch(/\/sign-in/);
        else {
          // an RSC answer carries the redirect in its payload instead of a Location header
          expect(res.status, where).toBeLessThan(500);
          expect(await res.text(), where).toMatch(/sign-in/);
        }
      }
    }
  });
});

describe("cross-site writes", () => {
  const importBody = JSON.stringify({ text: "قالت مصادر محلية إن قوات الدعم السريع انسحبت من مدينة بارا.", outlet: "x" });

  it("a cookie-authenticated write from another site, or with a body a foreign form can send, is refused and writes nothing", async () => {
    const before = await test.db.article.count();
    const refused = [
      { origin: "https://evil.example", "content-type": "application/json" },
      { origin: "null", "content-type": "application/json" },
      { origin: server.base, "content-type": "text/plain;charset=UTF-8" },
      { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    ];
    for (const h of refused) {
      const res = await fetch(`${server.base}/api/articles`, {
        method: "POST",
        headers: { cookie: cookies.editor, ...h },
        body: importBody,
      });
      expect(res.status, JSON.stringify(h)).toBe(403);
      expect((await res.json()).error.code).toBe("CROSS_SITE");
    }
    expect(await test.db.article.count()).toBe(before);
  });

  it("a bearer token is not ambient authority: its write from anywhere is checked by the token alone", async () => {
    const editor = await test.db.user.findUniqueOrThrow({ where: { email: "editor@claimdesk.local" } });
    const { token } = await createApiToken(test.db, editor.id, "cross-site check", { id: editor.id, label: editor.email });
    const res = await fetch(`${server.base}/api/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, origin: "https://evil.example", "content-type": "application/json" },
      body: importBody,
    });
    expect(res.status).toBe(201);
  });
});

describe("pages", () => {
  it("send anonymous visitors to sign-in and keep admin pages from others", async () => {
    for (const p of pages().filter((p) => p !== "/sign-in")) {
      const url = server.base + p.replace(/\{\w+\}/g, "x");
      const res = await fetch(url, { redirect: "manual" });
      if (p === "/forbidden") continue;
      expect(res.status, p).toBe(307);
      expect(res.headers.get("location"), p).toMatch(/\/sign-in/);
    }
    for (const who of roles) {
      const res = await fetch(`${server.base}/admin/users`, { redirect: "manual", headers: headersFor(who) });
      if (who === "admin") expect(res.status).toBe(200);
      else expect(res.headers.get("location") ?? "", who).toMatch(/\/forbidden/);
    }
  });
});
