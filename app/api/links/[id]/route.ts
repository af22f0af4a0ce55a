import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/auth/session";
import { apiError, invalid, readJson, withUser } from "@/lib/api/respond";
import { linkRefusalResponse } from "@/lib/api/link-refusal";
import { getLink } from "@/lib/links/data";
import { updateLink } from "@/lib/links/mutations";
import { patchLinkSchema } from "@/lib/links/schema";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const GET = withUser("read", async (_request, _user, { params }: Context) => {
  const link = await getLink(getDb(), (await params).id);
  return link ? NextResponse.json(link) : apiError("NOT_FOUND", "The link does not exist");
});

export const PATCH = withUser("write", async (request, user, { params }: Context) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = patchLinkSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The change is not valid");
  const linkId = (await params).id;
  const result = await getDb().$transaction((tx) => updateLink(tx, { ...input.data, linkId }, actorOf(user)));
  if (!result.ok) return linkRefusalResponse(result);
  return NextResponse.json(result.link);
});
