// When a suggestion counts as finding a gold claim: the two overlap by at least half of the
// shorter, or their middles sit in the same sentence (a suggestion may be the clause next to
// the gold one, or the whole sentence around a short gold quote).
import { segmentSentences } from "@/lib/text/segment";
import type { Span } from "./types";

export type SpanMatcher = (a: Span, b: Span) => boolean;

export function spanMatcher(text: string): SpanMatcher {
  const sentences = segmentSentences(text);
  const sentenceOf = (s: Span) => {
    const mid = Math.floor((s.start + s.end) / 2);
    return sentences.findIndex((x) => x.start <= mid && mid < x.end);
  };
  return (a, b) => {
    const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
    if (overlap > 0 && overlap >= 0.5 * Math.min(a.end - a.start, b.end - b.start)) return true;
    const i = sentenceOf(a);
    return i >= 0 && i === sentenceOf(b);
  };
}
