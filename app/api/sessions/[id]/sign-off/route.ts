import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { signOff } from "@/lib/review/session-mutations";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";

/** `{ version }` → `{ head: { seq, hash }, summary }`; the session becomes read-only. */
export const POST = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = z.object({ version: z.number().int().min(1) }).safeParse(body.body);
  if (!input.success) return invalid(input.error);
  const sessionId = (await params).id;
  const result = await getDb().$transaction((tx) => signOff(tx, sessionId, input.data.version, actorOf(user)));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json({ head: result.head, summary: result.summary });
});
