import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/history/schema";
import { fileToInput, parseCatalog, type CatalogEntry } from "./files";
import { importArticle, type ImportResult } from "./mutations";

export type BatchFile = { fileName: string; bytes: Uint8Array };
/** One file's outcome; `hiddenLeftOut` counts the passages an HTML page hid from readers and the import left out. */
export type FileOutcome = { fileName: string; hiddenLeftOut?: number } & (ImportResult | { status: "refused"; message: string });
export type BatchSummary = { imported: number; duplicates: number; revisions: number; refused: number };

/** Imports files one by one (each in its own transaction), so one bad file never stops the batch. */
export async function importBatch(
  db: Db,
  files: BatchFile[],
  actor: Actor,
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void,
): Promise<{ outcomes: FileOutcome[]; summary: BatchSummary; catalogProblems: string[] }> {
  const catalogFile = files.find((f) => f.fileName.split("/").pop() === "catalog.json");
  const catalog = catalogFile
    ? parseCatalog(new TextDecoder().decode(catalogFile.bytes))
    : { entries: new Map<string, CatalogEntry>(), problems: [] };
  const articles = files.filter((f) => f !== catalogFile);
  const outcomes: FileOutcome[] = [];
  for (const file of articles) {
    const base = file.fileName.split("/").pop() ?? file.fileName;
    const prepared = fileToInput(base, file.bytes, catalog.entries.get(base));
    let outcome: FileOutcome;
    if (!prepared.ok) outcome = { fileName: file.fileName, status: "refused", message: prepared.message };
    else {
      try {
        outcome = {
          fileName: file.fileName,
          ...(await importArticle(db, prepared.input, actor)),
          ...(prepared.hidden > 0 ? { hiddenLeftOut: prepared.hidden } : {}),
        };
      } catch (error) {
        console.error("[import]", file.fileName, error);
        outcome = {
          fileName: file.fileName,
          status: "refused",
          message: "The server could not store this file; nothing was saved",
        };
      }
    }
    outcomes.push(outcome);
    onProgress?.(outcomes.length, articles.length, outcome);
  }
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  return {
    outcomes,
    summary: {
      imported: count("created"),
      duplicates: count("duplicate"),
      revisions: count("revision"),
      refused: count("refused"),
    },
    catalogProblems: catalog.problems,
  };
}
