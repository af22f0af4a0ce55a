import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { UserDto } from "@/lib/auth/data";
import { malformedTextMessage, malformedTextPath } from "@/lib/text/well-formed";
import { readLimited } from "./body";

// The JSON API conventions: lists answer { items, total, page, pageSize }; errors answer
// { error: { code, message, fields? } } with the matching HTTP status.

export type ErrorCode =
  "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "STALE" | "DUPLICATE" | "CONFLICT" | "TOO_LARGE" | "INTERNAL";

const statusOf: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE: 409,
  DUPLICATE: 409,
  CONFLICT: 409,
  TOO_LARGE: 413,
  INTERNAL: 500,
};

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status?: number) {
  const { fields, ...rest } = extra as { fields?: Record<string, string[]> };
  return NextResponse.json(
    { error: { code, message, ...(fields ? { fields } : {}) }, ...rest },
    { status: status ?? statusOf[code] },
  );
}

export function invalid(error: z.ZodError, message = "The request is not valid") {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return apiError("INVALID", message, { fields });
}

export { pagingSchema } from "./paging";

export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

type Handler<C> = (request: Request, user: UserDto, context: C) => Promise<Response>;

/** Wraps a route handler: authentication (cookie or Bearer token), permission, and no leaked stack traces. */
export function withUser<C>(permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const user = await currentUser(request.headers);
      if (!user) return apiError("UNAUTHENTICATED", "Sign in or send a valid API token");
      if (!can(user.role, permission)) return apiError("FORBIDDEN", `Your role (${user.role}) cannot do this`);
      return await handler(request, user, context);
    } catch (error) {
      console.error("[api]", error);
      return apiError("INTERNAL", "Something went wrong on the server; nothing was changed");
    }
  };
}

/** Reads a JSON body within a size limit (counted as it arrives); answers 400/413 with a clear message. */
export async function readJson(
  request: Request,
  limitBytes = 4 * 1024 * 1024,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const read = await readLimited(request, limitBytes);
  if (!read.ok)
    return { ok: false, response: apiError("TOO_LARGE", `The body is over ${Math.round(limitBytes / 1024 / 1024)} MB`) };
  const text = new TextDecoder().decode(read.bytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError("INVALID", "The body is not valid JSON") };
  }
  const malformed = malformedTextPath(body);
  if (malformed !== null) return { ok: false, response: apiError("INVALID", malformedTextMessage(malformed)) };
  return { ok: true, body };
}
