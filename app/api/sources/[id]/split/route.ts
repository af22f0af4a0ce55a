import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { splitSource } from "@/lib/sources/merge-mutations";
import { splitSourceSchema } from "@/lib/sources/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { sourceRefusalResponse } from "@/lib/api/source-refusal";

export const dynamic = "force-dynamic";

/** `{ version }`: undoes the merge of this source (admins). */
export const POST = withUser("split_source", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const raw = (body.body ?? {}) as { version?: unknown };
  const input = splitSourceSchema.safeParse({ sourceId: (await params).id, version: raw.version });
  if (!input.success) return invalid(input.error, "The split is not valid");
  const result = await getDb().$transaction((tx) => splitSource(tx, input.data, actorOf(user)));
  if (!result.ok) return sourceRefusalResponse(result);
  return NextResponse.json(result.source);
});
