import { describe, expect, it } from "vitest";
import { exportFileName, looksLikeExport, parseExportRequest } from "./schema";

describe("export requests", () => {
  it("parses a format and at most one scope", () => {
    expect(parseExportRequest({ format: "csv" })).toMatchObject({ ok: true, request: { format: "csv", scope: { kind: "all" } } });
    expect(parseExportRequest({ format: "pdf", session: "s1" })).toMatchObject({
      ok: true,
      request: { scope: { kind: "session", sessionId: "s1" } },
    });
    expect(parseExportRequest({ format: "xml" }).ok).toBe(false);
    expect(parseExportRequest({ format: "csv", session: "s1", article: "a1" }).ok).toBe(false);
    expect(parseExportRequest({ format: "csv", color: "red" }).ok).toBe(false);
  });

  it("reads the claims table's query string and ignores paging", () => {
    const r = parseExportRequest({
      format: "json",
      query: "?verdict=false,misleading&page=3&pageSize=20&sort=verdict&search=قسد",
    });
    expect(r).toMatchObject({
      ok: true,
      request: { scope: { kind: "query", query: { verdict: ["false", "misleading"], search: "قسد" } } },
    });
    expect(parseExportRequest({ format: "json", query: "page=2" })).toMatchObject({
      ok: true,
      request: { scope: { kind: "all" } },
    });
    const bad = parseExportRequest({ format: "json", query: "verdict=maybe" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0].path[0]).toBe("query");
  });

  it("names files in ASCII", () => {
    const at = new Date("2025-11-30T10:00:00Z");
    expect(exportFileName({ format: "claimreview", scope: { kind: "article", articleId: "ab c" } }, at)).toBe(
      "claimdesk-claimreview-article-ab_c-2025-11-30.jsonld",
    );
    expect(exportFileName({ format: "pdf", scope: { kind: "all" } }, at)).toBe("claimdesk-report-claims-2025-11-30.pdf");
  });

  it("recognizes an export document by its first bytes", () => {
    expect(looksLikeExport('\uFEFF{"format":"claimdesk-export","version":1')).toBe(true);
    expect(looksLikeExport('{"articles":[]}')).toBe(false);
  });
});
