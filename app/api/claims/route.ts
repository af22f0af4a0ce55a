import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { acceptSuggestion, createClaim } from "@/lib/claims/mutations";
import { createClaimSchema } from "@/lib/claims/schema";
import { actorOf } from "@/lib/auth/session";
import { invalid, queryObject, readJson, withUser } from "@/lib/api/respond";
import { claimsQuerySchema } from "@/lib/claims/query";
import { searchClaims } from "@/lib/search/data";
import { refusalResponse } from "@/lib/api/claim-refusal";
import { claimSourcing } from "@/lib/sources/data";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async (request) => {
  const query = claimsQuerySchema.safeParse(queryObject(request));
  if (!query.success) return invalid(query.error, "Invalid claims query");
  return NextResponse.json(await searchClaims(getDb(), query.data));
});

export const POST = withUser("write", async (request, user) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = createClaimSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The claim is not valid");
  const actor = actorOf(user);
  const data = input.data;
  const result = await getDb().$transaction((tx) =>
    "suggestionId" in data ? acceptSuggestion(tx, data.suggestionId, actor) : createClaim(tx, data, actor),
  );
  if (!result.ok) return refusalResponse(result);
  const sourcing = (await claimSourcing(getDb(), [result.claim.id])).get(result.claim.id);
  return NextResponse.json({ ...result.claim, ...sourcing, sourcingStrength: result.claim.sourcingStrength }, { status: 201 });
});
