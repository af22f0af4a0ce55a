// Splits a text into runs at range boundaries, so a reader can style furniture, headings and claims
// without ever changing the text. Offsets are code points.
export type Mark = { start: number; end: number; key: string };
export type Run = { start: number; end: number; text: string; keys: string[] };

export function splitRuns(text: string, marks: Mark[]): Run[] {
  const cps = [...text];
  const cuts = new Set<number>([0, cps.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(cps.length, m.start)));
    cuts.add(Math.max(0, Math.min(cps.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === end) continue;
    const keys = marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.key);
    runs.push({ start, end, text: cps.slice(start, end).join(""), keys });
  }
  return runs;
}
