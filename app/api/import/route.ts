import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { importBatch } from "@/lib/articles/import-batch";
import { MAX_ARTICLE_BYTES } from "@/lib/articles/decode";
import { actorOf } from "@/lib/auth/session";
import { readLimitedForm } from "@/lib/api/body";
import { apiError, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Multipart upload of article files (and optionally the catalog.json that describes them). */
export const POST = withUser("write", async (request, user) => {
  const read = await readLimitedForm(request, 20 * MAX_ARTICLE_BYTES);
  if (!read.ok) return apiError("TOO_LARGE", "Upload at most 40 MB at once");
  const form = read.form;
  if (!form) return apiError("INVALID", "Send the files as multipart/form-data");
  const files = [];
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string") continue;
    if (entry.size > MAX_ARTICLE_BYTES + 1) {
      files.push({ fileName: entry.name, bytes: new Uint8Array(entry.size > 0 ? MAX_ARTICLE_BYTES + 1 : 0) });
      continue;
    }
    files.push({ fileName: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  const catalog = form.get("catalog");
  if (typeof catalog === "string" && catalog) files.push({ fileName: "catalog.json", bytes: new TextEncoder().encode(catalog) });
  if (files.length === 0) return apiError("INVALID", "No files were sent");
  const { outcomes, summary, catalogProblems } = await importBatch(getDb(), files, actorOf(user));
  return NextResponse.json({ outcomes, summary, catalogProblems });
});
