/**
 * The paragraph around a claim, split into the text before the span, the span and the text after it.
 * Offsets are code points; a paragraph ends at a line break (a claim that crosses one keeps both lines).
 */
export function paragraphAround(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  const cps = [...text];
  let from = start;
  while (from > 0 && cps[from - 1] !== "\n") from--;
  let to = end;
  while (to < cps.length && cps[to] !== "\n") to++;
  return { before: cps.slice(from, start).join(""), quote: cps.slice(start, end).join(""), after: cps.slice(end, to).join("") };
}
