// Reads the browser selection as code-point offsets into the article text. Every rendered run is a
// <span data-start> whose single text node holds exactly the run's text, so a DOM position maps
// to (run start + code points before it in the run).
import { snapSpan, utf16ToCodePoint } from "@/lib/text/anchor";

function runOf(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>("[data-start]") ?? null;
}

function pointToOffset(node: Node, offset: number): number | null {
  const run = runOf(node);
  if (!run) return null;
  const start = Number(run.dataset.start);
  const text = run.textContent ?? "";
  if (node.nodeType === Node.TEXT_NODE) return start + utf16ToCodePoint(text, Math.min(offset, text.length));
  // An element position: before or after its children.
  return offset === 0 ? start : start + [...text].length;
}

export function selectionOffsets(container: HTMLElement, text: string): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const a = pointToOffset(range.startContainer, range.startOffset);
  const b = pointToOffset(range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  const span = snapSpan(text, Math.min(a, b), Math.max(a, b));
  return span.end > span.start ? span : null;
}

/** Word boundaries (code points) for keyboard selection: the starts and ends of runs of non-space. */
export function wordBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let inWord = false;
  for (const ch of text) {
    const isSpace = /\s/u.test(ch);
    if (!isSpace && !inWord) starts.push(i);
    if (isSpace && inWord) ends.push(i);
    inWord = !isSpace;
    i++;
  }
  if (inWord) ends.push(i);
  return { starts, ends };
}

export type WordCursor = { anchor: number; focus: number };

/**
 * Keyboard selection by whole words. Without Shift the cursor selects the next (or previous) word;
 * with Shift the selection grows or shrinks by a word from its anchor. The first key selects the first word.
 */
export function moveWordCursor(
  cursor: WordCursor | null,
  bounds: { starts: number[]; ends: number[] },
  length: number,
  forward: boolean,
  extend: boolean,
): WordCursor {
  const { starts, ends } = bounds;
  if (!cursor || starts.length === 0) return { anchor: starts[0] ?? 0, focus: ends[0] ?? 0 };
  if (!extend) {
    const from = Math.max(cursor.anchor, cursor.focus);
    const to = Math.min(cursor.anchor, cursor.focus);
    const i = forward ? starts.findIndex((s) => s >= from) : findLastIndex(starts, (s) => s < to);
    if (i < 0) return cursor;
    return { anchor: starts[i], focus: ends[i] };
  }
  const { anchor, focus: at } = cursor;
  const focus = forward
    ? ((at >= anchor ? ends : starts).find((b) => b > at) ?? length)
    : at > anchor
      ? (ends[findLastIndex(ends, (b) => b < at && b > anchor)] ?? anchor)
      : (starts[findLastIndex(starts, (b) => b < at)] ?? 0);
  return { anchor, focus };
}

function findLastIndex<T>(items: T[], pred: (t: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i])) return i;
  return -1;
}
