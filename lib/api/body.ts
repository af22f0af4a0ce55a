// Request bodies read while counting: a body over the limit is refused as soon as the limit is
// passed, whether or not it declared a Content-Length (a chunked upload cannot make the server
// hold more than the limit).

export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false };

/** The body's bytes, or not ok as soon as more than `limitBytes` arrived (the rest is not read). */
export async function readLimited(request: Request, limitBytes: number): Promise<LimitedBody> {
  if (Number(request.headers.get("content-length") ?? 0) > limitBytes) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** A multipart body read within the limit, parsed as a form (null when it is not a readable form). */
export async function readLimitedForm(
  request: Request,
  limitBytes: number,
): Promise<{ ok: true; form: FormData | null } | { ok: false }> {
  const body = await readLimited(request, limitBytes);
  if (!body.ok) return body;
  try {
    const form = await new Response(body.bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
    return { ok: true, form };
  } catch {
    return { ok: true, form: null };
  }
}
