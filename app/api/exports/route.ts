import { getDb } from "@/lib/db/client";
import { apiError, invalid, queryObject, withUser } from "@/lib/api/respond";
import { prepareExport } from "@/lib/exports/pipeline";
import { parseExportRequest } from "@/lib/exports/schema";

export const dynamic = "force-dynamic";

/**
 * `?format=csv|json|claimreview|html|pdf` and at most one scope (`session=`, `article=`, or
 * `query=` the claims table's query string); no scope exports every claim. Streams the file.
 */
export const GET = withUser("read", async (request) => {
  const parsed = parseExportRequest(queryObject(request));
  if (!parsed.ok) return invalid(parsed.error, "Invalid export request");
  const prepared = await prepareExport(getDb(), parsed.request);
  if (!prepared.ok) {
    if (prepared.reason === "NO_CHROMIUM") return apiError("INTERNAL", prepared.message, {}, 503);
    return apiError("NOT_FOUND", prepared.message);
  }
  const iterator = prepared.body[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      } catch (error) {
        console.error("[export]", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": prepared.contentType,
      "Content-Disposition": `attachment; filename="${prepared.fileName}"`,
      "Cache-Control": "no-store",
      "X-Export-Claims": String(prepared.claims),
    },
  });
});
