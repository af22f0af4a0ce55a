import "server-only";
import type { Refusal } from "@/lib/review/mutations";
import { apiError, type ErrorCode } from "./respond";

const statusOf: Record<Refusal["reason"], number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  STALE: 409,
  ARCHIVED: 409,
  SIGNED_OFF: 409,
  NOT_SIGNED_OFF: 409,
  NOT_IN_SESSION: 409,
  NEEDS_SUPPORT: 400,
  INVALID: 400,
  EMPTY_FILE: 400,
  TOO_LARGE: 413,
};

/** Review refusals keep their own code; a stale save carries the current values and who saved them. */
export function reviewRefusalResponse(r: Refusal) {
  const extra = r.current
    ? { current: r.current, updatedBy: r.updatedBy ? { id: r.updatedBy.id, email: r.updatedBy.label } : null }
    : {};
  return apiError(r.reason as ErrorCode, r.message, extra, statusOf[r.reason]);
}
