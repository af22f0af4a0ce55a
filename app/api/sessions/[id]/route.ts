import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getSession } from "@/lib/review/data";
import { apiError, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (_request, _user, { params }: { params: Promise<{ id: string }> }) => {
  const session = await getSession(getDb(), (await params).id);
  if (!session) return apiError("NOT_FOUND", "No review session with this id");
  return NextResponse.json(session);
});
