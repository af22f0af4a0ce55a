import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCircles, projectImportGraph } from "./import-graph";

describe("import circles", () => {
  it("finds a circle through three modules and a module importing itself, not a diamond", () => {
    const graph = new Map([
      ["lib/api/operations.ts", ["lib/api/review-operations.ts", "lib/api/paging.ts"]],
      ["lib/api/review-operations.ts", ["lib/api/source-operations.ts", "lib/api/paging.ts"]],
      ["lib/api/source-operations.ts", ["lib/api/operations.ts"]],
      ["lib/api/paging.ts", []],
      ["lib/text/normalize.ts", ["lib/text/normalize.ts"]],
    ]);
    expect(importCircles(graph)).toEqual([
      ["lib/api/operations.ts", "lib/api/review-operations.ts", "lib/api/source-operations.ts"],
      ["lib/text/normalize.ts"],
    ]);
  });

  it("the project's import graph has no circle", () => {
    const graph = projectImportGraph(path.resolve(import.meta.dirname, "../.."));
    expect(graph.get("lib/api/operations.ts")).toContain("lib/api/review-operations.ts");
    expect(importCircles(graph)).toEqual([]);
  }, 60_000);
});
