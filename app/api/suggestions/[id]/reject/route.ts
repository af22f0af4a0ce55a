import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { rejectSuggestion } from "@/lib/claims/mutations";
import { actorOf } from "@/lib/auth/session";
import { withUser } from "@/lib/api/respond";
import { refusalResponse } from "@/lib/api/claim-refusal";

export const dynamic = "force-dynamic";

export const POST = withUser("write", async (_request, user, { params }: { params: Promise<{ id: string }> }) => {
  const id = (await params).id;
  const result = await getDb().$transaction((tx) => rejectSuggestion(tx, id, actorOf(user)));
  if (!result.ok) return refusalResponse(result);
  return NextResponse.json({ id, state: "rejected" });
});
