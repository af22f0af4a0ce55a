import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the path sign-in returns to", () => {
  it.each([
    "/\\evil.host",
    "/\t/evil.host",
    "/%09/evil.host".replace("%09", "\t"),
    "/\n/evil.host",
    "//evil.host",
    "https://evil.host/claims",
    "javascript:alert(1)",
    " /claims",
    "",
    undefined,
  ])("refuses %j", (from) => {
    expect(safeReturnPath(from)).toBe("/");
  });

  it("keeps a path on this desk with its query", () => {
    expect(safeReturnPath("/claims?search=%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA&verdict=false")).toBe(
      "/claims?search=%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA&verdict=false",
    );
    expect(safeReturnPath("/articles/abc#claim-3")).toBe("/articles/abc#claim-3");
  });

  it("keeps a path that names the desk's Arabic pages", () => {
    expect(safeReturnPath("/claims?search=قاعدة")).toBe("/claims?search=%D9%82%D8%A7%D8%B9%D8%AF%D8%A9");
  });
});
