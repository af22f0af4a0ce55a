// npm run import -- <file-or-folder>...   Ends with: imported N, duplicates M, revisions R, refused K
// A Claimdesk export JSON among the files is recreated as a whole (see docs/export.schema.json).
import { getDb } from "@/lib/db/client";
import { importBatch } from "@/lib/articles/import-batch";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { importExportFile, isExportFile } from "@/lib/exports/import-file";
import { collectFiles } from "./lib/files";
import { runCli } from "./lib/cli";

runCli(async () => {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  if (paths.length === 0) {
    console.error("usage: npm run import -- <file-or-folder>...");
    return 1;
  }
  const all = collectFiles(paths);
  const exports = all.filter((f) => isExportFile(f.fileName, f.bytes));
  const files = all.filter((f) => !exports.includes(f));
  let exportsRefused = 0;
  for (const file of exports) {
    const result = await importExportFile(getDb(), file.bytes, {
      ...SYSTEM_ACTOR,
      label: "import of a Claimdesk export (command line)",
    });
    if (!result.ok) {
      exportsRefused += 1;
      console.error(`${file.fileName}: refused: ${result.message}`);
      continue;
    }
    const c = result.counts;
    console.log(
      `${file.fileName}: Claimdesk export imported: ${c.articles} articles, ${c.claims} claims, ${c.links} links, ${c.sessions} sessions, ${c.sources} new sources (history seq ${result.head.seq})`,
    );
  }
  if (files.length === 0 && exports.length > 0) return exportsRefused > 0 ? 1 : 0;
  const tty = process.stderr.isTTY;
  const { summary, catalogProblems } = await importBatch(
    getDb(),
    files,
    { ...SYSTEM_ACTOR, label: "import (command line)" },
    (done, total, o) => {
      const hidden = o.hiddenLeftOut ? ` (${o.hiddenLeftOut} hidden passages of the page left out)` : "";
      const note = o.status === "refused" ? `refused: ${o.message}` : `${o.status}${hidden}`;
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${o.fileName}: ${note}`);
      else process.stderr.write(`[${done}/${total}] ${o.fileName}: ${note}\n`);
    },
  );
  if (tty) process.stderr.write("\n");
  for (const p of catalogProblems) process.stderr.write(`${p}\n`);
  console.log(
    `imported ${summary.imported}, duplicates ${summary.duplicates}, revisions ${summary.revisions}, refused ${summary.refused + exportsRefused}`,
  );
  return summary.refused + exportsRefused > 0 ? 1 : 0;
});
