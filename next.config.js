// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

// The interface language is chosen per request (see lib/i18n/request.ts); URLs carry no locale.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const isDev = process.env.NODE_ENV !== "production";

// Everything is served from this machine: no script, style, font or request may leave it.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folders (one per database provider).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The proxy (proxy.ts) sees every request; Next keeps at most this much of a body for it. The
  // largest upload a route accepts is 40 MB of article files, so bodies up to that reach the route
  // whole, where each route counts its own limit as the body arrives (lib/api/body.ts).
  experimental: { proxyClientMaxBodySize: "41mb" },
  // `npm test` type-checks the whole project (tests and scripts included) as its own step.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
