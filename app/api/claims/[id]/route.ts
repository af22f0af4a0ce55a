import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getClaimReview } from "@/lib/review/data";
import { patchClaim } from "@/lib/review/mutations";
import { patchClaimSchema } from "@/lib/review/schema";
import { actorOf } from "@/lib/auth/session";
import { apiError, invalid, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = withUser("read", async (_request, _user, { params }: Ctx) => {
  const review = await getClaimReview(getDb(), (await params).id);
  if (!review) return apiError("NOT_FOUND", "No claim with this id");
  const { events: _events, ...rest } = review;
  return NextResponse.json(rest);
});

/** `{ statement?, verdict?, status?, note?, version }` → the updated claim with its new version. */
export const PATCH = withUser("write", async (request, user, { params }: Ctx) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = patchClaimSchema.safeParse(body.body);
  if (!input.success) return invalid(input.error, "The change is not valid");
  const id = (await params).id;
  const result = await getDb().$transaction((tx) => patchClaim(tx, id, input.data, actorOf(user)));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json(result.claim);
});
