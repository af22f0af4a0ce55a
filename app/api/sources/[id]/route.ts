import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getSource } from "@/lib/sources/data";
import { apiError, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (_request, _user, { params }: { params: Promise<{ id: string }> }) => {
  const source = await getSource(getDb(), (await params).id);
  if (!source) return apiError("NOT_FOUND", "No source with this id");
  return NextResponse.json(source);
});
