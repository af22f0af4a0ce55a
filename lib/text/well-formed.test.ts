import { describe, expect, it } from "vitest";
import { malformedTextMessage, malformedTextPath } from "./well-formed";

describe("malformedTextPath", () => {
  it("accepts whole characters, emoji and flags included", () => {
    expect(malformedTextPath({ text: "قالت «قسد» 🇸🇾 👩‍👩‍👧 𝔘", list: ["\u202Eالرقة"] })).toBeNull();
  });

  it("finds half a surrogate pair wherever it is", () => {
    expect(malformedTextPath("\ud83d")).toBe("");
    expect(malformedTextPath({ title: "ok", claims: [{ statement: "قال \udded" }] })).toBe("claims.0.statement");
    expect(malformedTextPath({ note: "🇸🇾".slice(1) })).toBe("note");
    expect(malformedTextPath({ text: "نص\u0000مخفي" })).toBe("text");
  });

  it("names the field in its message", () => {
    expect(malformedTextMessage("statement")).toMatch(/statement holds a broken character/);
  });
});
