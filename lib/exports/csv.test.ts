import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvChunk, csvColumns, csvHeader } from "./csv";
import { openConflicts } from "./dto";
import { sampleClaims } from "./testdata/sample-claims";

describe("the CSV writer", () => {
  const claims = sampleClaims().map((c) => ({ ...c, openConflicts: openConflicts(c).length }));
  const file = csvHeader() + csvChunk(claims.slice(0, 2)) + csvChunk(claims.slice(2));

  it("starts with a UTF-8 BOM and a header, one row per claim", () => {
    expect(file.startsWith("\uFEFFid,article_id,")).toBe(true);
    const rows = parse(file, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual([...csvColumns]);
  });

  it("reads back Arabic text unchanged", () => {
    const rows = parse(file, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0].quote).toBe("نفذ التحالف الدولي سلسلة زيارات ميدانية إلى ريف الحسكة");
    expect(rows[0].outlet).toBe("المدن");
    expect(rows[0].attribution_sources).toBe("unnamed (قسد) via المدن");
    expect(rows[1].attribution_sources).toBe("التحالف الدولي");
    expect(rows[0].grades).toBe("F4");
    expect(rows[0].open_conflicts).toBe("0");
  });

  it("neutralizes formulas with a leading apostrophe and keeps the rest of the value", () => {
    const rows = parse(file, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0].statement).toBe('\'=HYPERLINK("http://evil.example","click")');
    const hostile = ["+1", "-2", "@cmd", "\tx", "\rx", "=1+1"].map((statement, i) => ({ ...claims[2], id: `h${i}`, statement }));
    const back = parse(csvHeader() + csvChunk(hostile), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(back.map((r) => r.statement)).toEqual(["'+1", "'-2", "'@cmd", "'\tx", "'\rx", "'=1+1"]);
  });

  it("writes nothing for an empty batch", () => {
    expect(csvChunk([])).toBe("");
  });
});
