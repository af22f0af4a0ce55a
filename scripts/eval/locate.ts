import type { Span } from "./types";

/** Code-point range of the first occurrence of `quote` in `text`, or null when it is not there. */
export function locate(text: string, quote: string): Span | null {
  const i = text.indexOf(quote);
  if (i < 0) return null;
  const start = [...text.slice(0, i)].length;
  return { start, end: start + [...quote].length };
}
