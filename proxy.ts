// Sends anonymous visitors to sign-in before any page renders, and refuses cross-site writes to the
// JSON API (lib/auth/cross-site.ts). The redirect is only the fast path: every page and route
// handler checks the session again on the server.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { crossSiteRefusal } from "@/lib/auth/cross-site";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = Boolean(getSessionCookie(request));
  const bearer = Boolean(request.headers.get("authorization"));
  if (hasSession && !bearer) {
    const refusal = crossSiteRefusal({
      method: request.method,
      path: pathname,
      host: request.headers.get("host"),
      origin: request.headers.get("origin"),
      fetchSite: request.headers.get("sec-fetch-site"),
      contentType: request.headers.get("content-type"),
      hasBody: Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding"),
      bearer,
    });
    if (refusal) return NextResponse.json({ error: { code: "CROSS_SITE", message: refusal } }, { status: 403 });
  }
  if (hasSession || bearer) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "UNAUTHENTICATED", message: "Sign in or send a valid API token" } },
      { status: 401 },
    );
  }
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = pathname === "/" ? "" : `?from=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!sign-in|api/auth|_next/static|_next/image|favicon.ico|icon.svg|fonts).*)"],
};
