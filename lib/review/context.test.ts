import { describe, expect, it } from "vitest";
import { paragraphAround } from "./context";

describe("paragraph around a claim", () => {
  const text = "عنوان\n\nقالت مصادر 🙂 إن القوات انسحبت من القاعدة.\nسطر آخر";
  const at = (s: string) => [...text.slice(0, text.indexOf(s))].length;
  it("returns the claim's paragraph with the span cut out, counting code points", () => {
    const start = at("إن القوات");
    const end = start + [..."إن القوات انسحبت"].length;
    expect(paragraphAround(text, start, end)).toEqual({
      before: "قالت مصادر 🙂 ",
      quote: "إن القوات انسحبت",
      after: " من القاعدة.",
    });
  });
  it("works at the very start and end of the text", () => {
    expect(paragraphAround("abc", 0, 3)).toEqual({ before: "", quote: "abc", after: "" });
  });
});
