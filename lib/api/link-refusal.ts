import "server-only";
import type { LinkRefusal } from "@/lib/links/schema";
import { apiError, type ErrorCode } from "./respond";

const codeOf: Partial<Record<LinkRefusal, ErrorCode>> = { NOT_FOUND: "NOT_FOUND", STALE: "STALE", DUPLICATE: "DUPLICATE" };
const statusOf: Record<LinkRefusal, number> = {
  NOT_FOUND: 404,
  SELF_LINK: 400,
  DUPLICATE: 409,
  ARCHIVED: 409,
  NOTE_REQUIRED: 400,
  INVALID_TRANSITION: 409,
  STALE: 409,
};

/** A refused link keeps its own code (SELF_LINK, NOTE_REQUIRED, …); STALE carries `current` and `updatedBy`. */
export function linkRefusalResponse(r: { reason: LinkRefusal; message: string; current?: unknown; updatedBy?: string | null }) {
  const extra: Record<string, unknown> = {};
  if (r.current) extra.current = r.current;
  if (r.reason === "STALE") extra.updatedBy = r.updatedBy ?? null;
  if (r.reason === "NOTE_REQUIRED") extra.fields = { resolutionNote: [r.message] };
  return apiError((codeOf[r.reason] ?? r.reason) as ErrorCode, r.message, extra, statusOf[r.reason]);
}
