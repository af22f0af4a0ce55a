import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { searchSources } from "@/lib/sources/data";
import { createSource } from "@/lib/sources/mutations";
import { createSourceSchema, sourceSearchSchema } from "@/lib/sources/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, pagingSchema, queryObject, readJson, withUser } from "@/lib/api/respond";
import { sourceRefusalResponse } from "@/lib/api/source-refusal";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (request) => {
  const query = pagingSchema.extend(sourceSearchSchema.shape).safeParse(queryObject(request));
  if (!query.success) return invalid(query.error);
  return NextResponse.json(await searchSources(getDb(), query.data));
});

export const POST = withUser("write", async (request, user) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = createSourceSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The source is not valid");
  const result = await getDb().$transaction((tx) => createSource(tx, input.data, actorOf(user)));
  if (!result.ok) return sourceRefusalResponse(result);
  return NextResponse.json(result.source, { status: 201 });
});
