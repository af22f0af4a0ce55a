import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { listArticles } from "@/lib/articles/data";
import { importArticle } from "@/lib/articles/mutations";
import { articleInputSchema, articleSearchSchema } from "@/lib/articles/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, pagingSchema, queryObject, readJson, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (request) => {
  const query = pagingSchema.extend(articleSearchSchema.shape).strict().safeParse(queryObject(request));
  if (!query.success) return invalid(query.error, "Invalid paging or search parameters");
  const { page, pageSize, search } = query.data;
  return NextResponse.json(await listArticles(getDb(), page, pageSize, search));
});

export const POST = withUser("write", async (request, user) => {
  const body = await readJson(request, 3 * 1024 * 1024);
  if (!body.ok) return body.response;
  const input = articleInputSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The article is not valid");
  const result = await importArticle(getDb(), input.data, actorOf(user));
  return NextResponse.json({ id: result.id, status: result.status }, { status: result.status === "duplicate" ? 200 : 201 });
});
