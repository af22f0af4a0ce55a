// Sessions, sign-in limits, headers and cookies of the production server; reopening a signed-off
// session is the admin's alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "@/lib/test/db";
import { port, prepareDatabase, signIn, startServer, users, type Server } from "./lib/app";

let test: TestDb;
let server: Server;
let secure: Server;

beforeAll(async () => {
  test = await prepareDatabase("sqlite", { seed: false });
  server = await startServer(test.url, port(1));
  // Behind HTTPS, with the default sign-in limit (the variable unset).
  secure = await startServer(test.url, port(2), { SECURE_COOKIES: "1", SIGN_IN_LIMIT_PER_MINUTE: "" });
});

afterAll(async () => {
  await server?.stop();
  await secure?.stop();
  await test?.close();
});

const api = (s: Server, path: string, cookie: string, init: RequestInit = {}) =>
  fetch(s.base + path, {
    ...init,
    headers: { origin: s.base, cookie, "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });

describe("security", () => {
  it("answers every page and API response with the security headers, CSP without unsafe-eval", async () => {
    for (const path of ["/sign-in", "/api/articles", "/articles"]) {
      const res = await fetch(server.base + path, { redirect: "manual" });
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain("unsafe-eval");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("sets HttpOnly SameSite session cookies, Secure behind HTTPS, expiring within a day", async () => {
    const plain = await fetch(`${server.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base },
      body: JSON.stringify(users.editor),
    });
    const cookie = plain.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const maxAge = Number(cookie.match(/Max-Age=(\d+)/i)![1]);
    expect(maxAge).toBeLessThanOrEqual(24 * 3600);
    const https = await fetch(`${secure.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: secure.base, "x-forwarded-for": "203.0.113.1" },
      body: JSON.stringify(users.editor),
    });
    const secureCookie = https.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(secureCookie).toMatch(/; Secure/i);
    expect(secureCookie).toMatch(/HttpOnly/i);
    // without SECURE_COOKIES, a request that arrived over HTTPS (as the proxy in front says) gets Secure cookies too
    const proxied = await fetch(`${server.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base, "x-forwarded-proto": "https" },
      body: JSON.stringify(users.editor),
    });
    expect(proxied.status).toBe(200);
    expect(proxied.headers.getSetCookie().find((c) => c.includes("session_token="))).toMatch(/; Secure/i);
  });

  it("ends a session when it expires", async () => {
    const cookie = await signIn(server.base, "viewer");
    expect((await api(server, "/api/articles", cookie)).status).toBe(200);
    const viewer = await test.db.user.findUniqueOrThrow({ where: { email: users.viewer.email } });
    const sessions = await test.db.session.findMany({ where: { userId: viewer.id } });
    for (const s of sessions) expect(s.expiresAt.getTime() - s.createdAt.getTime()).toBeLessThanOrEqual(12 * 3600 * 1000);
    await test.db.session.updateMany({ where: { userId: viewer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await api(server, "/api/articles", cookie);
    expect(res.status).toBe(401);
  });

  it("limits sign-in attempts per client address (30 a minute by default)", async () => {
    const attempt = (address: string, password: string, email = users.admin.email) =>
      fetch(`${secure.base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: secure.base, "x-forwarded-for": address },
        body: JSON.stringify({ email, password }),
      });
    // wrong passwords for thirty different accounts from one address (the per-account limit stays out of it)
    for (let i = 0; i < 30; i++)
      expect((await attempt("198.51.100.7", `wrong-guess-${i}`, `desk-${i}@claimdesk.local`)).status).toBe(401);
    const blocked = await attempt("198.51.100.7", users.admin.password);
    expect(blocked.status).toBe(429);
    expect((await attempt("198.51.100.8", users.admin.password)).status).toBe(200);
  });

  it("refuses a 50 MB chunked body without Content-Length with 413, and stays up", async () => {
    const cookie = await signIn(server.base, "editor");
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 50) controller.close();
        else controller.enqueue(new TextEncoder().encode(`{"text":"${"ب".repeat(512 * 1024)}`));
      },
    });
    const res = await fetch(`${server.base}/api/articles`, {
      method: "POST",
      headers: { origin: server.base, cookie, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("TOO_LARGE");
    expect((await api(server, "/api/articles", cookie)).status).toBe(200);
  });

  it("limits failed sign-ins per account too, so rotating X-Forwarded-For does not help", async () => {
    const attempt = (i: number, email: string, password: string) =>
      fetch(`${server.base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.base, "x-forwarded-for": `203.0.113.${i % 250}` },
        body: JSON.stringify({ email, password }),
      });
    const target = "night-editor@claimdesk.local";
    for (let i = 0; i < 10; i++) expect((await attempt(i, target, `guess-${i}`)).status).toBe(401);
    const blocked = await attempt(77, target, "guess-final");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(60);
    // another account, from any address, is not affected
    expect((await attempt(78, users.editor.email, users.editor.password)).status).toBe(200);
  });

  it("lets only an admin reopen a signed-off session", async () => {
    const editor = await signIn(server.base, "editor");
    const admin = await signIn(server.base, "admin");
    const created = await api(server, "/api/sessions", editor, {
      method: "POST",
      body: JSON.stringify({ title: "جلسة مراجعة مسائية", date: "2026-11-20" }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const session = (await (await api(server, `/api/sessions/${id}`, editor)).json()) as { id: string; version: number };
    const signOff = await api(server, `/api/sessions/${session.id}/sign-off`, editor, {
      method: "POST",
      body: JSON.stringify({ version: session.version }),
    });
    expect(signOff.status).toBe(200);
    expect((await api(server, `/api/sessions/${session.id}/reopen`, editor, { method: "POST" })).status).toBe(403);
    expect((await api(server, `/api/sessions/${session.id}/reopen`, admin, { method: "POST" })).status).toBe(200);
    const reopened = await test.db.reviewEvent.findFirst({ where: { entityId: session.id, action: "reopen" } });
    expect(reopened?.actorLabel).toBe(users.admin.email);
  });
});
