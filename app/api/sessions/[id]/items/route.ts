import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { addToQueue } from "@/lib/review/session-mutations";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ claimIds: z.array(z.string().min(1)).min(1, { error: "Send at least one claim id" }).max(500) });

/** `{ claimIds }` → appended to the queue (claims already queued stay where they are). */
export const POST = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = bodySchema.safeParse(body.body);
  if (!input.success) return invalid(input.error);
  const sessionId = (await params).id;
  const result = await getDb().$transaction((tx) => addToQueue(tx, sessionId, input.data.claimIds, actorOf(user)));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json({ added: result.added, alreadyQueued: result.alreadyQueued });
});
