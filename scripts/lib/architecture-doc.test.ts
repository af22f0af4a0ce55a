import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Every `code` span of a markdown page that is a path in this repository (placeholders left out). */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  return [...new Set(spans.filter((s) => s.includes("/") && !/[<>*]/.test(s) && !s.startsWith("/")))];
}

describe("ARCHITECTURE.md", () => {
  it("names only files and folders that exist", () => {
    const named = namedPaths(readFileSync(path.join(root, "ARCHITECTURE.md"), "utf8"));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((p) => !existsSync(path.join(root, p.replace(/\/$/, ""))))).toEqual([]);
  });

  it("would notice a file that is not there", () => {
    expect(namedPaths("see `lib/claims/mutations.ts` and `lib/nowhere/gone.ts`")).toEqual([
      "lib/claims/mutations.ts",
      "lib/nowhere/gone.ts",
    ]);
  });
});
