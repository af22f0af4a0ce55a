// Where a search matches inside an original (unnormalized) text, in code points: an exact phrase where
// its normalized form occurs, a stem term over the whole word whose stem holds it.
import { mapRangeToOriginal, normalizeWithMap } from "@/lib/text/normalize";
import { lightStem } from "@/lib/text/stem";
import type { SearchTerm } from "./terms";

type Range = { start: number; end: number };
const MAX_RANGES = 50;

export function highlightRanges(original: string, terms: SearchTerm[]): Range[] {
  if (terms.length === 0) return [];
  const { normalized, map } = normalizeWithMap(original);
  const chars = [...normalized];
  const found: Range[] = [];
  const exact = terms.filter((t) => t.exact).map((t) => [...t.text]);
  for (const needle of exact) {
    for (let i = 0; i + needle.length <= chars.length && found.length < MAX_RANGES; i++)
      if (needle.every((c, k) => chars[i + k] === c)) found.push({ start: i, end: i + needle.length });
  }
  const stemmed = terms.filter((t) => !t.exact).map((t) => t.text);
  if (stemmed.length) {
    for (const m of normalized.matchAll(/[\p{L}\p{N}]+/gu)) {
      const start = [...normalized.slice(0, m.index)].length;
      const stem = lightStem(m[0]);
      if (stemmed.some((t) => stem.includes(t))) found.push({ start, end: start + [...m[0]].length });
      if (found.length >= MAX_RANGES) break;
    }
  }
  return found.sort((a, b) => a.start - b.start).map((r) => mapRangeToOriginal(map, r.start, r.end));
}
