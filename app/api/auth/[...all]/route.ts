import { toNextJsHandler } from "better-auth/next-js";
import { NextResponse } from "next/server";
import { getAuth } from "@/lib/auth/auth";
import { accountRetryAfter } from "@/lib/auth/data";
import { recordSignIn } from "@/lib/auth/mutations";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

/** Sign-in also counts failures per account (lib/auth/sign-in-limit.ts); everything else is the auth library's. */
export async function POST(request: Request) {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return toNextJsHandler(getAuth()).POST(request);
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
  return response;
}
