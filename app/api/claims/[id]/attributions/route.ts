import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { setAttributions } from "@/lib/sources/mutations";
import { attributionsBodySchema } from "@/lib/sources/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, readJson, withUser } from "@/lib/api/respond";
import { sourceRefusalResponse } from "@/lib/api/source-refusal";

export const dynamic = "force-dynamic";

/** `{ attributions: [...], version }`: replaces the claim's attributions; answers the claim with its new sourcing strength. */
export const PUT = withUser("write", async (request, user, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = attributionsBodySchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The attributions are not valid");
  const claimId = (await params).id;
  const result = await getDb().$transaction((tx) => setAttributions(tx, { ...input.data, claimId }, actorOf(user)));
  if (!result.ok) return sourceRefusalResponse(result);
  return NextResponse.json(result.claim);
});
