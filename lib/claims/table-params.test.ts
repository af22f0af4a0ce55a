import { describe, expect, it } from "vitest";
import { parseTableParams, toSearchParams } from "./table-params";

describe("claims table URL state", () => {
  it("round-trips filters, sorting, paging and columns", () => {
    const url = "search=داعش&verdict=false,misleading&kind=anonymous&sort=sourcing_strength&order=desc&page=2&cols=claim,verdict";
    const parsed = parseTableParams(Object.fromEntries(new URLSearchParams(url)));
    expect(parsed.error).toBeNull();
    expect(parsed.query).toMatchObject({
      search: "داعش",
      verdict: ["false", "misleading"],
      kind: ["anonymous"],
      sort: "sourcing_strength",
      page: 2,
    });
    expect(parsed.columns).toEqual(["claim", "verdict"]);
    const again = parseTableParams(Object.fromEntries(toSearchParams(parsed.query, parsed.columns)));
    expect(again).toEqual(parsed);
  });
  it("keeps the page usable and explains a bad URL", () => {
    const parsed = parseTableParams({ sort: "nonsense" });
    expect(parsed.error).toMatch(/sort/);
    expect(parsed.query.sort).toBe("updated_at");
  });
  it("leaves defaults out of the URL", () => {
    expect(toSearchParams(parseTableParams({}).query).toString()).toBe("");
  });
});
