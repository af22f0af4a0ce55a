import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { listSessions } from "@/lib/review/data";
import { addToQueue, createSession } from "@/lib/review/session-mutations";
import { createSessionSchema } from "@/lib/review/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, pagingSchema, queryObject, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (request) => {
  const query = pagingSchema.safeParse(queryObject(request));
  if (!query.success) return invalid(query.error);
  return NextResponse.json(await listSessions(getDb(), query.data.page, query.data.pageSize));
});

const bodySchema = createSessionSchema.extend({ claimIds: z.array(z.string().min(1)).max(500).default([]) });

/** `{ title, date, participantIds?, claimIds? }` → `{ id }` (the claims, if any, fill the queue in that order). */
export const POST = withUser("write", async (request, user) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = bodySchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The session is not valid");
  const actor = actorOf(user);
  const result = await getDb()
    .$transaction(async (tx) => {
      const created = await createSession(tx, input.data, actor);
      if (!created.ok || input.data.claimIds.length === 0) return created;
      const added = await addToQueue(tx, created.sessionId, input.data.claimIds, actor);
      if (!added.ok) throw Object.assign(new Error(added.message), { refusal: added });
      return created;
    })
    .catch((error: { refusal?: Parameters<typeof reviewRefusalResponse>[0] }) => {
      if (error.refusal) return error.refusal;
      throw error;
    });
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json({ id: result.sessionId }, { status: 201 });
});
