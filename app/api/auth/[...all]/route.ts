import { toNextJsHandler } from "better-auth/next-js";
import { NextResponse } from "next/server";
import { getAuth } from "@/lib/auth/auth";
import { accountRetryAfter } from "@/lib/auth/data";
import { recordSignIn } from "@/lib/auth/mutations";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Over HTTPS (directly, or as the proxy in front says), every cookie the auth library sets is Secure. */
function secureOverHttps(request: Request, response: Response): Response {
  const https =
    new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
  const cookies = response.headers.getSetCookie();
  if (!https || cookies.length === 0 || cookies.every((c) => /;\s*secure/i.test(c))) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const c of cookies) headers.append("set-cookie", /;\s*secure/i.test(c) ? c : `${c}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export async function GET(request: Request) {
  return secureOverHttps(request, await toNextJsHandler(getAuth()).GET(request));
}

/** Sign-in also counts failures per account (lib/auth/sign-in-limit.ts); everything else is the auth library's. */
export async function POST(request: Request) {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email"))
    return secureOverHttps(request, await toNextJsHandler(getAuth()).POST(request));
  const email = await request
    .clone()
    .json()
    .then((b: { email?: unknown }) => (typeof b?.email === "string" ? b.email : null))
    .catch(() => null);
  if (email) {
    const wait = await accountRetryAfter(getDb(), email);
    if (wait > 0)
      return NextResponse.json(
        {
          code: "TOO_MANY_ATTEMPTS",
          message: `Too many failed sign-ins for this account: try again in ${Math.ceil(wait / 60)} min`,
        },
        { status: 429, headers: { "retry-after": String(wait) } },
      );
  }
  const response = await toNextJsHandler(getAuth()).POST(request);
  if (email && (response.status === 200 || response.status === 401)) await recordSignIn(getDb(), email, response.status === 200);
  return secureOverHttps(request, response);
}
