import { describe, expect, it } from "vitest";
import { sampleClaims } from "./testdata/sample-claims";
import { groupByArticle, renderReport, summarize } from "./report";
import { escapeHtml } from "./html";

const model = (claims = sampleClaims()) => ({
  deskName: "Desk <b>",
  generatedAt: "2025-11-30T12:00:00.000Z",
  scope: { kind: "session" as const, label: "جلسة <i>المراجعة</i> (2025-11-30)" },
  head: { seq: 42, hash: "f".repeat(64) },
  claims,
  session: {
    id: "s1",
    title: "جلسة المراجعة",
    date: "2025-11-30",
    status: "signed_off",
    createdBy: "editor@claimdesk.local",
    participants: ["editor2@claimdesk.local", "editor@claimdesk.local"],
    signedOffAt: "2025-11-30T11:00:00.000Z",
    signedOffBy: "editor@claimdesk.local",
    signOffHead: { seq: 40, hash: "e".repeat(64) },
  },
  fontCss: "@font-face { font-family: 'Noto Naskh Arabic'; }",
});

describe("the report", () => {
  const out = renderReport(model());

  it("is a standalone document with the embedded font and no script", () => {
    expect(out.startsWith("<!doctype html>")).toBe(true);
    expect(out).toContain("@font-face { font-family: 'Noto Naskh Arabic'; }");
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<link /);
  });

  it("escapes user text (statements, notes, titles, desk name)", () => {
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("Desk &lt;b&gt;");
    expect(out).toContain("تقرير المرصد &lt;b&gt;الأسبوعي&lt;/b&gt;");
    expect(out).toContain("جلسة &lt;i&gt;المراجعة&lt;/i&gt;");
  });

  it("isolates user text and sets the direction of Arabic quotes", () => {
    expect(out).toContain(
      '<blockquote class="quote" dir="rtl" lang="ar">نفذ التحالف الدولي سلسلة زيارات ميدانية إلى ريف الحسكة</blockquote>',
    );
    expect(out).toMatch(/<dd dir="auto">&lt;script&gt;.*\u202Eevil\u202C<\/dd>/);
    expect(out).toContain("<bdi>المدن</bdi>");
  });

  it("has cover, summary, session, claims in reading order, conflicts with both sides, appendix and head", () => {
    expect(out).toContain("Claim report");
    expect(out).toMatch(/<th scope="row">False<\/th>\s*<td>1<\/td>/);
    expect(out).toMatch(/<th scope="row">Resolved<\/th>\s*<td>1<\/td>/);
    expect(out).toContain("Review session");
    expect(out).toContain("<bdi>editor2@claimdesk.local</bdi>");
    const order = ["C1", "C2", "C3"].map((n) => out.indexOf(`Claim ${n} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(out.indexOf("نفذ التحالف الدولي")).toBeLessThan(out.indexOf("التحالف رفض تكرار ذلك"));
    expect(out).toContain("This claim");
    expect(out).toContain('Resolution: <span dir="auto">Different dates</span>');
    expect(out).toContain("Appendix: decision history");
    expect(out).toContain(`<code class="hash">${"f".repeat(64)}</code>`);
    expect(out).toContain(`<code class="hash">${"e".repeat(64)}</code>`);
  });

  it("counts verdicts, attribution kinds and conflicts once per link", () => {
    const s = summarize(sampleClaims());
    expect(Object.fromEntries(s.perVerdict)).toMatchObject({ false: 1, corroborated: 1, unverified: 1 });
    expect(Object.fromEntries(s.perKind)).toMatchObject({ anonymous: 1, official_statement: 1, none: 1 });
    expect([s.conflictsOpen, s.conflictsResolved]).toEqual([0, 1]);
  });

  it("orders claims by position within an article", () => {
    const [group] = groupByArticle([...sampleClaims()].reverse());
    expect(group.claims.map((c) => c.start)).toEqual([...group.claims.map((c) => c.start)].sort((a, b) => a - b));
  });

  it("escapes all five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
