import { getDb } from "@/lib/db/client";
import { getEvidenceFile } from "@/lib/review/data";
import { apiError, withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

const safeType = (t: string) => (/^[\w.+-]+\/[\w.+-]+$/.test(t) ? t : "application/octet-stream");

/** An evidence attachment, for signed-in users only, always as a download. */
export const GET = withUser("read", async (_request, _user, { params }: { params: Promise<{ id: string }> }) => {
  const file = await getEvidenceFile(getDb(), (await params).id);
  if (!file) return apiError("NOT_FOUND", "No attachment with this id");
  const ascii = file.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": safeType(file.type),
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
