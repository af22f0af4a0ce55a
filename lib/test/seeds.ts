import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

export function seedFiles() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt") || f === "catalog.json")
    .sort()
    .map((f) => ({ fileName: f, bytes: new Uint8Array(readFileSync(path.join(SEEDS, f))) }));
}

export function seedText(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(SEEDS, file), "utf8");
}
