// JavaScript a browser downloads on the first load of each route, gzip-compressed the way a server
// would send it, read from the build's own route statistics (diagnostics/route-bundle-stats.json).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

const statsSchema = z.array(
  z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }),
);

export type RouteJs = { route: string; uncompressedKb: number; gzipKb: number };

/** Per-route first-load JavaScript of the build in `distDir` (relative to `root`), largest first. */
export function routeJavaScript(root: string, distDir: string): RouteJs[] {
  const stats = statsSchema.parse(
    JSON.parse(readFileSync(path.join(root, distDir, "diagnostics", "route-bundle-stats.json"), "utf8")),
  );
  const gzipped = new Map<string, number>();
  const gzipBytes = (chunk: string) => {
    if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(readFileSync(path.join(root, chunk)), { level: 6 }).length);
    return gzipped.get(chunk)!;
  };
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return stats
    .map((s) => ({
      route: s.route,
      uncompressedKb: kb(s.firstLoadUncompressedJsBytes),
      gzipKb: kb(s.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipBytes(chunk), 0)),
    }))
    .sort((a, b) => b.gzipKb - a.gzipKb || a.route.localeCompare(b.route));
}

export function formatRouteTable(routes: RouteJs[]): string {
  const width = Math.max(...routes.map((r) => r.route.length), 5);
  return [
    `${"route".padEnd(width)}  first load (gzip)  uncompressed`,
    ...routes.map((r) => `${r.route.padEnd(width)}  ${`${r.gzipKb} kB`.padStart(17)}  ${`${r.uncompressedKb} kB`.padStart(12)}`),
  ].join("\n");
}
