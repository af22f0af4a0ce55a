import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, providerOfClient, type Db } from "@/lib/db/client";
import { getEnv } from "@/lib/db/env";
import { authSecret } from "./secret";

function createAuth(db: Db) {
  const env = getEnv();
  return betterAuth({
    appName: "Claimdesk",
    secret: authSecret(),
    database: prismaAdapter(db, {
      provider: providerOfClient(db) ?? (env.database.provider === "sqlite" ? "sqlite" : "postgresql"),
    }),
    // No open sign-up: admins create accounts (lib/auth/users.ts).
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "viewer" },
        locale: { type: "string", input: false, defaultValue: "en" },
      },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 600,
      // Per client address; a newsroom behind one NAT address signs in many times a minute at shift start.
      customRules: { "/sign-in/email": { window: 60, max: signInLimitPerMinute() } },
    },
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    advanced: {
      // Secure cookies whenever the app is served over HTTPS (PUBLIC_APP_URL or a TLS proxy).
      useSecureCookies: process.env.SECURE_COOKIES === "1",
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    plugins: [nextCookies()],
  });
}

function signInLimitPerMinute() {
  const configured = Number(process.env.SIGN_IN_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 30;
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { claimdeskAuth?: WeakMap<Db, Auth> };

/** One auth instance per database client (the app has one; tests have one per database). */
export function getAuth(db: Db = getDb()): Auth {
  globalForAuth.claimdeskAuth ??= new WeakMap();
  let auth = globalForAuth.claimdeskAuth.get(db);
  if (!auth) {
    auth = createAuth(db);
    globalForAuth.claimdeskAuth.set(db, auth);
  }
  return auth;
}
