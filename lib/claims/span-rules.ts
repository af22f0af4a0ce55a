// Rules a new or edited claim span must meet, on top of the anchor rules of lib/text/anchor (pure).
import { checkSpan } from "@/lib/text/anchor";
import type { ClaimRefusal } from "./schema";

export type SpanVerdict = { ok: true } | { ok: false; reason: ClaimRefusal; message: string };

export function checkClaimSpan(
  text: string,
  start: number,
  end: number,
  furniture: Array<{ start: number; end: number }>,
  existing: Array<{ start: number; end: number }>,
): SpanVerdict {
  const basic = checkSpan(text, start, end);
  if (!basic.ok) return basic;
  const cps = [...text];
  for (const f of furniture) {
    for (let i = Math.max(start, f.start); i < Math.min(end, f.end); i++) {
      if (/\S/u.test(cps[i])) {
        return {
          ok: false,
          reason: "IN_FURNITURE",
          message: "The selection includes page furniture (site header, share buttons, captions…): select article text only",
        };
      }
    }
  }
  if (existing.some((c) => c.start === start && c.end === end)) {
    return { ok: false, reason: "DUPLICATE", message: "A claim with exactly this span already exists" };
  }
  return { ok: true };
}
