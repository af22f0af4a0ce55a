import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { reopenSession } from "@/lib/review/session-mutations";
import { actorOf } from "@/lib/auth/session";
import { withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";

/** Admins only (permission reopen_session); the reopening is recorded in the history. */
export const POST = withUser("reopen_session", async (_request, user, { params }: { params: Promise<{ id: string }> }) => {
  const sessionId = (await params).id;
  const result = await getDb().$transaction((tx) => reopenSession(tx, sessionId, actorOf(user), user.role));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json({ id: result.sessionId, status: "open" });
});
