import "server-only";
import type { ClaimRefusal } from "@/lib/claims/schema";
import { apiError, type ErrorCode } from "./respond";

const codeOf: Partial<Record<ClaimRefusal, ErrorCode>> = { NOT_FOUND: "NOT_FOUND", STALE: "STALE" };
const statusOf: Partial<Record<ClaimRefusal, number>> = {
  DUPLICATE: 409,
  ALREADY_ACCEPTED: 409,
  ALREADY_REJECTED: 409,
  STALE: 409,
  NOT_FOUND: 404,
  ARCHIVED: 409,
};

/** Expected refusals keep their own code (DUPLICATE, ALREADY_ACCEPTED, …) with the matching status. */
export function refusalResponse(r: { reason: ClaimRefusal; message: string; current?: unknown; updatedBy?: unknown }) {
  const extra = r.current ? { current: r.current, updatedBy: (r.current as { updatedBy?: unknown }).updatedBy ?? null } : {};
  return apiError((codeOf[r.reason] ?? r.reason) as ErrorCode, r.message, extra, statusOf[r.reason] ?? 400);
}
