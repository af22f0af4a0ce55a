import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { addAlias } from "@/lib/sources/mutations";
import { addAliasSchema } from "@/lib/sources/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { sourceRefusalResponse } from "@/lib/api/source-refusal";

export const dynamic = "force-dynamic";

export const POST = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = addAliasSchema.safeParse({ ...(body.body as object), sourceId: (await params).id });
  if (!input.success) return invalid(input.error, "The alias is not valid");
  const result = await getDb().$transaction((tx) => addAlias(tx, input.data, actorOf(user)));
  if (!result.ok) return sourceRefusalResponse(result);
  return NextResponse.json(result.source, { status: 201 });
});
