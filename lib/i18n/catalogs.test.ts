import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (m: string) => [...m.matchAll(/\{(\w+)/g)].map((x) => x[1]).sort();

describe("message catalogs", () => {
  const english = leaves(en);
  const arabic = leaves(ar);

  it("have the same keys in English and Arabic", () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("use the same placeholders in both languages and parse as ICU messages", () => {
    for (const [key, message] of english) {
      const other = arabic.get(key) ?? "";
      expect(new Set(placeholders(other)), key).toEqual(new Set(placeholders(message)));
      expect(() => new IntlMessageFormat(message, "en")).not.toThrow();
      expect(() => new IntlMessageFormat(other, "ar")).not.toThrow();
    }
  });

  it("translate the verdicts into Arabic", () => {
    expect(ar.verdict.false).toBe("زائف");
    expect(Object.values(ar.verdict).every((v) => /[\u0600-\u06FF]/.test(v))).toBe(true);
  });
});
