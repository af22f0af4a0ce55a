// The app's attack surface, read from the sources and the build: every route handler with its
// methods, every server action with the permission it asks runAction for, and the pages.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./app";

function walk(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, match);
    return match(full) ? [path.relative(root, full)] : [];
  });
}

/** `app/(desk)/claims/[id]/page.tsx` → `/claims/{id}` (the OpenAPI form for routes). */
function urlPathOf(file: string) {
  const p = path
    .dirname(file)
    .replace(/^app/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"))
    .join("/");
  return `/${p}`;
}

export type RouteHandler = { file: string; path: string; method: string };

export function routeHandlers(): RouteHandler[] {
  return walk(path.join(root, "app/api"), (f) => f.endsWith("route.ts")).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    return [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({
      file,
      path: urlPathOf(file),
      method: m[1].toLowerCase(),
    }));
  });
}

export function pages(): string[] {
  return walk(path.join(root, "app"), (f) => f.endsWith("page.tsx")).map(urlPathOf);
}

export type ServerAction = { file: string; name: string; permission: string | null; id?: string; page?: string };

/** Every exported function of a "use server" module, with the permission its runAction call names. */
export function serverActions(): ServerAction[] {
  const files = walk(path.join(root, "lib"), (f) => f.endsWith(".ts")).concat(
    walk(path.join(root, "app"), (f) => /\.tsx?$/.test(f)),
  );
  return files.flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^\s*["']use server["']/m.test(source)) return [];
    const chunks = source.split(/(?=^export async function )/m).slice(1);
    return chunks.map((chunk) => ({
      file,
      name: chunk.match(/^export async function (\w+)/)![1],
      permission: chunk.match(/runAction\([\s\S]*?,\s*"([a-z_]+)",/)?.[1] ?? null,
    }));
  });
}

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

/** The build's action ids, and a page whose bundle holds each action (to post it to). */
export function actionIds(): Map<string, { id: string; page: string }> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0];
    const page = urlPathOf(`${worker}.tsx`).replace(/\{\w+\}/g, "x");
    ids.set(`${entry.filename}#${entry.exportedName}`, { id, page });
  }
  return ids;
}
