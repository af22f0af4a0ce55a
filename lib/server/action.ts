import "server-only";
import { z } from "zod";
import { currentUser, actorOf } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { Actor } from "@/lib/history/schema";
import { malformedTextMessage, malformedTextPath } from "@/lib/text/well-formed";

export type ActionFailure = { ok: false; reason: string; message: string; fields?: Record<string, string[]> };

/** parse with zod → authorize → run: the path every server action takes. Unexpected errors become a generic message. */
export async function runAction<S extends z.ZodType, R extends { ok: boolean }>(
  schema: S,
  raw: unknown,
  permission: Permission,
  run: (input: z.output<S>, actor: Actor) => Promise<R>,
): Promise<R | ActionFailure> {
  const user = await currentUser();
  if (!user) return { ok: false, reason: "UNAUTHENTICATED", message: "Your session has ended: sign in again" };
  if (!can(user.role, permission)) return { ok: false, reason: "FORBIDDEN", message: `Your role (${user.role}) cannot do this` };
  const malformed = malformedTextPath(raw);
  if (malformed !== null) {
    const message = malformedTextMessage(malformed);
    return { ok: false, reason: "INVALID", message, fields: { [malformed || "_"]: [message] } };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fields[i.path.join(".") || "_"] ??= []).push(i.message);
    return { ok: false, reason: "INVALID", message: parsed.error.issues[0].message, fields };
  }
  try {
    return await run(parsed.data, actorOf(user));
  } catch (error) {
    console.error("[action]", error);
    return { ok: false, reason: "INTERNAL", message: "Something went wrong on the server; nothing was changed" };
  }
}
