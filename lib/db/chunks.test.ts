import { describe, expect, it } from "vitest";
import { ID_CHUNK, readInChunks } from "./chunks";

describe("readInChunks", () => {
  it("reads a long id list in chunks under the bound-value limit and keeps a row seen twice once", async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const sizes: number[] = [];
    // a link between c0 and c999 comes back for both chunks that hold one of its ends
    const rows = await readInChunks(ids, async (chunk) => {
      sizes.push(chunk.length);
      return chunk.includes("c0") || chunk.includes("c999") ? [{ id: "link-1", aId: "c0", bId: "c999" }] : [];
    });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ID_CHUNK);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(1000);
    expect(rows).toEqual([{ id: "link-1", aId: "c0", bId: "c999" }]);
  });
});
