import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatRouteTable, routeJavaScript } from "./route-js";

describe("routeJavaScript", () => {
  it("sums each route's first-load chunks gzip-compressed, a shared chunk counted for every route", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "route-js-"));
    mkdirSync(path.join(root, "dist/diagnostics"), { recursive: true });
    mkdirSync(path.join(root, "dist/static"), { recursive: true });
    const shared = "const x = 1;\n".repeat(2000);
    writeFileSync(path.join(root, "dist/static/shared.js"), shared);
    writeFileSync(path.join(root, "dist/static/reader.js"), "let y = Math.random();\n".repeat(5000));
    const stats = [
      { route: "/claims", firstLoadUncompressedJsBytes: shared.length, firstLoadChunkPaths: ["dist/static/shared.js"] },
      {
        route: "/articles/[id]",
        firstLoadUncompressedJsBytes: shared.length + 115000,
        firstLoadChunkPaths: ["dist/static/shared.js", "dist/static/reader.js"],
      },
    ];
    writeFileSync(path.join(root, "dist/diagnostics/route-bundle-stats.json"), JSON.stringify(stats));
    const routes = routeJavaScript(root, "dist");
    expect(routes.map((r) => r.route)).toEqual(["/articles/[id]", "/claims"]);
    expect(routes[1].uncompressedKb).toBeCloseTo(shared.length / 1024, 0);
    expect(routes[1].gzipKb).toBeLessThan(routes[1].uncompressedKb / 10);
    expect(routes[0].gzipKb).toBeGreaterThan(routes[1].gzipKb);
    expect(formatRouteTable(routes)).toMatch(/\/claims\s+\d+(\.\d)? kB/);
  });
});
