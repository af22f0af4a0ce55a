import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { decide } from "@/lib/review/mutations";
import { decisionSchema } from "@/lib/review/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";

/** `{ claimId, verdict, note?, version }` → the decided claim; refused for claims not in the session or a signed-off session. */
export const POST = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = decisionSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The decision is not valid");
  const sessionId = (await params).id;
  const result = await getDb().$transaction((tx) => decide(tx, { ...input.data, sessionId }, actorOf(user)));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json(result.claim, { status: 201 });
});
