import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/history/schema";
import { importExportDocument, type ExportImportResult } from "./mutations";
import { exportDocumentSchema, looksLikeExport } from "./schema";

export type ExportFileOutcome = ExportImportResult | { ok: false; reason: "INVALID"; message: string };

/** Is this uploaded or on-disk file a Claimdesk export JSON (rather than an article or a catalog)? */
export function isExportFile(fileName: string, bytes: Uint8Array): boolean {
  if (!fileName.toLowerCase().endsWith(".json")) return false;
  return looksLikeExport(new TextDecoder().decode(bytes.subarray(0, 1024)));
}

/** Parses, validates and imports one export file. */
export async function importExportFile(db: Db, bytes: Uint8Array, actor: Actor): Promise<ExportFileOutcome> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, reason: "INVALID", message: "The export is not valid JSON" };
  }
  const doc = exportDocumentSchema.safeParse(raw);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    return {
      ok: false,
      reason: "INVALID",
      message: `The export does not match version 1: ${issue.path.join(".")} ${issue.message}`,
    };
  }
  return importExportDocument(db, doc.data, actor, createHash("sha256").update(bytes).digest("hex"));
}
