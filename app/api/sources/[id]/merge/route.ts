import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { mergeSources } from "@/lib/sources/merge-mutations";
import { mergeSourcesSchema } from "@/lib/sources/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { sourceRefusalResponse } from "@/lib/api/source-refusal";

export const dynamic = "force-dynamic";

/** `{ into, version, intoVersion? }`: merges this source into another one. */
export const POST = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const raw = (body.body ?? {}) as { into?: unknown; version?: unknown; intoVersion?: unknown };
  const input = mergeSourcesSchema.safeParse({
    fromId: (await params).id,
    intoId: raw.into,
    fromVersion: raw.version,
    intoVersion: raw.intoVersion,
  });
  if (!input.success) return invalid(input.error, "The merge is not valid");
  const result = await getDb().$transaction((tx) => mergeSources(tx, input.data, actorOf(user)));
  if (!result.ok) return sourceRefusalResponse(result);
  return NextResponse.json(result.source);
});
