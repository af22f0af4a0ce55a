// What an export file must prove before it is recreated: every revision's text matches its content
// hash, and every claim's quote is the text its offsets point at in its revision. A file that was
// edited by hand (a verdict changed, a quote rewritten) fails here instead of entering the desk.
import { sha256 } from "@/lib/articles/prepare";
import type { ExportDocument } from "./schema";

const MAX_LISTED = 5;

/** Problems found in the document, each naming the record; empty when it can be imported. */
export function exportFileProblems(doc: ExportDocument): string[] {
  const problems: string[] = [];
  const revisions = new Map<string, string[]>(); // code points: claim offsets count code points
  for (const article of doc.articles)
    for (const r of article.revisions) {
      revisions.set(r.id, [...r.text]);
      if (sha256(r.text) !== r.contentHash)
        problems.push(`revision ${r.number} of article "${article.title}" does not match its content hash`);
    }
  for (const c of doc.claims) {
    const cps = revisions.get(c.revisionId);
    if (cps === undefined) problems.push(`claim ${c.id} points at revision ${c.revisionId}, which is not in the file`);
    else if (cps.slice(c.start, c.end).join("") !== c.quote)
      problems.push(`claim ${c.id}: its quote is not the text at ${c.start}–${c.end} of its article`);
  }
  return problems;
}

/** One message for a refusal: the first problems and how many more. */
export function problemsMessage(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED).join("; ");
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : "";
  return `The export was refused, nothing was imported: ${listed}${more}`;
}
