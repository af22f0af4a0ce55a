import "server-only";
import type { SourceRefusal } from "@/lib/sources/schema";
import { apiError, type ErrorCode } from "./respond";

const statusOf: Record<SourceRefusal, number> = {
  INVALID: 400,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  SELF_MERGE: 400,
  MERGED: 409,
  NOT_MERGED: 409,
  ARCHIVED: 409,
  STALE: 409,
  UNKNOWN_SOURCE: 400,
};

/** Source and attribution refusals keep their own code (SELF_MERGE, UNKNOWN_SOURCE, …) with the matching status. */
export function sourceRefusalResponse(r: { reason: SourceRefusal; message: string; current?: unknown; existing?: unknown }) {
  const extra: Record<string, unknown> = {};
  if (r.current) {
    extra.current = r.current;
    extra.updatedBy = (r.current as { updatedBy?: unknown }).updatedBy ?? null;
  }
  if (r.existing) extra.existing = r.existing;
  return apiError(r.reason as ErrorCode, r.message, extra, statusOf[r.reason]);
}
