import { diffChars, diffWords } from "diff";

export type DiffPart = { text: string; kind: "same" | "added" | "removed" };

// jsdiff's own word tokenizer only knows Latin letters; Intl.Segmenter finds Arabic word boundaries.
const words = new Intl.Segmenter("ar", { granularity: "word" });

/** Long texts are diffed by words (short ones by characters) so an edit shows what was inserted and deleted. */
export function textDiff(before: string, after: string): DiffPart[] {
  const changes =
    before.length + after.length > 60 ? diffWords(before, after, { intlSegmenter: words }) : diffChars(before, after);
  return changes.map((c) => ({ text: c.value, kind: c.added ? "added" : c.removed ? "removed" : "same" }));
}

/** Worth a diff: two non-empty texts of which at least one is longer than a word or two. */
export function wantsDiff(before: unknown, after: unknown): before is string {
  return (
    typeof before === "string" && typeof after === "string" && before !== "" && after !== "" && before.length + after.length > 24
  );
}
