// The evidence log of a claim: documents, links, contacts and observations, with an optional file.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/history/mutations";
import type { Actor } from "@/lib/history/schema";
import { createHash } from "node:crypto";
import { openSession, refuse, type Refusal } from "./mutations";
import { MAX_EVIDENCE_FILE_BYTES, type EvidenceInput } from "./schema";

export type EvidenceFile = { name: string; type: string; bytes: Uint8Array };
export type EvidenceWrite = { ok: true; evidence: { id: string; claimId: string; fileSha256: string | null } } | Refusal;

export async function addEvidence(tx: Tx, input: EvidenceInput, file: EvidenceFile | null, actor: Actor): Promise<EvidenceWrite> {
  const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, archivedAt: true } });
  if (!claim) return refuse("NOT_FOUND", "The claim does not exist");
  if (claim.archivedAt) return refuse("ARCHIVED", "The claim is archived");
  if (input.sessionId) {
    const session = await openSession(tx, input.sessionId);
    if ("ok" in session) return session;
  }
  if (file && file.bytes.byteLength === 0) return refuse("EMPTY_FILE", "The attached file is empty");
  if (file && file.bytes.byteLength > MAX_EVIDENCE_FILE_BYTES)
    return refuse("TOO_LARGE", `The attached file is over ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`);
  const sha = file ? createHash("sha256").update(file.bytes).digest("hex") : null;
  const fileName = file ? file.name.replace(/[\r\n"\\/]/g, "_").slice(0, 200) || "attachment" : null;
  const evidence = await tx.evidence.create({
    data: {
      claimId: claim.id,
      kind: input.kind,
      text: input.text,
      fileName,
      fileType: file ? file.type || "application/octet-stream" : null,
      fileSize: file ? file.bytes.byteLength : null,
      fileSha256: sha,
      fileData: file ? Buffer.from(file.bytes) : null,
      authorId: actor.id ?? "system",
    },
  });
  await appendEvent(tx, {
    actor,
    sessionId: input.sessionId ?? null,
    entityType: "evidence",
    entityId: evidence.id,
    action: "create",
    changes: {
      claimId: [null, claim.id],
      kind: [null, input.kind],
      text: [null, input.text],
      ...(file ? { file: [null, { name: fileName, size: file.bytes.byteLength, sha256: sha }] } : {}),
    },
  });
  return { ok: true, evidence: { id: evidence.id, claimId: claim.id, fileSha256: sha } };
}
