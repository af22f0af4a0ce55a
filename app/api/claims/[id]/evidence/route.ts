import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { listEvidence } from "@/lib/review/data";
import { addEvidence, type EvidenceFile } from "@/lib/review/evidence-mutations";
import { evidenceSchema, MAX_EVIDENCE_FILE_BYTES } from "@/lib/review/schema";
import { actorOf } from "@/lib/auth/session";
import { apiError, invalid, readJson, withUser } from "@/lib/api/respond";
import { reviewRefusalResponse } from "@/lib/api/review-refusal";
import { readLimitedForm } from "@/lib/api/body";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = withUser("read", async (_request, _user, { params }: Ctx) => {
  const items = await listEvidence(getDb(), (await params).id);
  if (!items) return apiError("NOT_FOUND", "No claim with this id");
  return NextResponse.json({ items, total: items.length, page: 1, pageSize: items.length });
});

/** JSON `{ kind, text, sessionId? }`, or multipart with the same fields and an optional `file` (≤ 10 MB, not empty). */
export const POST = withUser("write", async (request, user, { params }: Ctx) => {
  const claimId = (await params).id;
  const tooLarge = () => apiError("TOO_LARGE", `The attached file is over ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`);
  let raw: Record<string, unknown>;
  let file: EvidenceFile | null = null;
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const read = await readLimitedForm(request, MAX_EVIDENCE_FILE_BYTES + 64 * 1024);
    if (!read.ok) return tooLarge();
    const form = read.form;
    if (!form) return apiError("INVALID", "The form could not be read");
    raw = { kind: form.get("kind"), text: form.get("text"), sessionId: form.get("sessionId") || undefined };
    const entry = form.get("file");
    if (entry && typeof entry !== "string" && (entry.name || entry.size > 0)) {
      if (entry.size > MAX_EVIDENCE_FILE_BYTES) return tooLarge();
      file = { name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) };
    }
  } else {
    const body = await readJson(request);
    if (!body.ok) return body.response;
    raw = (body.body ?? {}) as Record<string, unknown>;
  }
  const input = evidenceSchema.safeParse({ ...raw, claimId });
  if (!input.success) return invalid(input.error, "The evidence is not valid");
  const result = await getDb().$transaction((tx) => addEvidence(tx, input.data, file, actorOf(user)));
  if (!result.ok) return reviewRefusalResponse(result);
  return NextResponse.json(result.evidence, { status: 201 });
});
