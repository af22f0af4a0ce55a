import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/auth/session";
import { invalid, queryObject, readJson, withUser } from "@/lib/api/respond";
import { listLinks } from "@/lib/links/data";
import { createLink } from "@/lib/links/mutations";
import { createLinkSchema, linksQuerySchema } from "@/lib/links/schema";
import { linkRefusalResponse } from "@/lib/api/link-refusal";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (request) => {
  const query = linksQuerySchema.safeParse(queryObject(request));
  if (!query.success) return invalid(query.error, "Invalid links query");
  return NextResponse.json(await listLinks(getDb(), query.data));
});

export const POST = withUser("write", async (request, user) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = createLinkSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The link is not valid");
  const result = await getDb().$transaction((tx) => createLink(tx, input.data, actorOf(user)));
  if (!result.ok) return linkRefusalResponse(result);
  return NextResponse.json(result.link, { status: 201 });
});
