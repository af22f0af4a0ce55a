// Where a normalized search matches inside an original (unnormalized) text, in code points.
import { mapRangeToOriginal, normalizeWithMap } from "@/lib/text/normalize";

export function highlightRanges(original: string, normalizedNeedle: string): Array<{ start: number; end: number }> {
  if (!normalizedNeedle) return [];
  const { normalized, map } = normalizeWithMap(original);
  const hay = [...normalized];
  const needle = [...normalizedNeedle];
  const ranges: Array<{ start: number; end: number }> = [];
  const text = normalized;
  let from = 0;
  for (;;) {
    const i = text.indexOf(normalizedNeedle, from);
    if (i < 0) break;
    const s = [...text.slice(0, i)].length;
    ranges.push(mapRangeToOriginal(map, s, s + needle.length));
    from = i + normalizedNeedle.length;
    if (ranges.length > 50 || s >= hay.length) break;
  }
  return ranges;
}
