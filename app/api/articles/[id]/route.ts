import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getArticle } from "@/lib/articles/data";
import { apiError, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (_request, _user, { params }: { params: Promise<{ id: string }> }) => {
  const article = await getArticle(getDb(), (await params).id);
  if (!article) return apiError("NOT_FOUND", "No article with this id");
  return NextResponse.json(article);
});
