import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { importBatch } from "@/lib/articles/import-batch";
import { countArticles } from "@/lib/articles/data";
import { SYSTEM_ACTOR } from "@/lib/history/schema";

export const SEEDS_DIR = path.resolve(__dirname);

/** Imports the sample corpus (the articles beside this file and their catalog). */
export async function seedCorpus(db: Db) {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt") || f === "catalog.json")
    .sort()
    .map((f) => ({ fileName: f, bytes: readFileSync(path.join(SEEDS_DIR, f)) }));
  return importBatch(db, files, { ...SYSTEM_ACTOR, label: "sample corpus" });
}

export async function seedIfEmpty(db: Db) {
  if ((await countArticles(db)) > 0) return null;
  return seedCorpus(db);
}
