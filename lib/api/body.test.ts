import { describe, expect, it } from "vitest";
import { readLimited, readLimitedForm } from "./body";

// A body sent in chunks with no Content-Length, as a client streaming an upload would.
function chunked(chunks: number, size: number): Request {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x7b));
    },
  });
  return new Request("http://desk.test/api/articles", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("request bodies read within a limit", () => {
  it("refuses a chunked body without Content-Length once it passes the limit, without reading the rest", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024)); // never ends: 50 MB and more
      },
    });
    const request = new Request("http://desk.test/api/articles", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readLimited(request, 4 * 1024 * 1024)).toEqual({ ok: false });
    expect(pulled).toBeLessThan(10);
  });

  it("reads a body within the limit whole, and refuses a declared length over it before reading", async () => {
    const ok = await readLimited(chunked(3, 1000), 4000);
    expect(ok.ok && ok.bytes.length).toBe(3000);
    const declared = new Request("http://desk.test/x", { method: "POST", body: "x", headers: { "content-length": "999999999" } });
    expect(await readLimited(declared, 1000)).toEqual({ ok: false });
  });

  it("parses a multipart form within the limit and says when it is not one", async () => {
    const form = new FormData();
    form.set("kind", "document");
    form.set("text", "بيان الجيش السوداني");
    const request = new Request("http://desk.test/x", { method: "POST", body: form });
    const read = await readLimitedForm(request, 10_000);
    expect(read.ok && read.form?.get("text")).toBe("بيان الجيش السوداني");
    const junk = new Request("http://desk.test/x", {
      method: "POST",
      body: "not a form",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await readLimitedForm(junk, 10_000)).toEqual({ ok: true, form: null });
  });
});
