import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import { claimHistoryIds } from "@/lib/review/data";
import { apiError, invalid, pagingSchema, queryObject, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

const querySchema = pagingSchema.extend({ actor: z.string().optional(), action: z.string().optional() });

/** The claim's events, newest first: `{ seq, at, actor, session, action, changes }` (filter by actor / action). */
export const GET = withUser("read", async (request, _user, { params }: { params: Promise<{ id: string }> }) => {
  const query = querySchema.safeParse(queryObject(request));
  if (!query.success) return invalid(query.error);
  const ids = await claimHistoryIds(getDb(), (await params).id);
  if (!ids) return apiError("NOT_FOUND", "No claim with this id");
  const { page, pageSize, actor, action } = query.data;
  const { items, total } = await listEvents(getDb(), { entityIds: ids, actor, action }, page, pageSize);
  return NextResponse.json({
    items: items.map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      session: e.session,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes,
    })),
    total,
    page,
    pageSize,
  });
});
