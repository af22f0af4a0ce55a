// Collects article files (and a catalog.json) from command-line paths: files or folders.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BatchFile } from "@/lib/articles/import-batch";

export function collectFiles(paths: string[]): BatchFile[] {
  const files: BatchFile[] = [];
  for (const p of paths) {
    const stat = statSync(p);
    const entries = stat.isDirectory()
      ? readdirSync(p)
          .sort()
          .map((name) => path.join(p, name))
          .filter((f) => statSync(f).isFile())
      : [p];
    for (const file of entries) files.push({ fileName: path.basename(file), bytes: readFileSync(file) });
  }
  return files;
}
