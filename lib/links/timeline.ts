// Places claims on a time axis: one lane per stance; claims of a lane whose times overlap are
// stacked in rows, so none hides another. Pure: the chart draws what this returns.

export type TimelineInput = { id: string; time: { from: string; to: string }; stance: string };
export type TimelinePoint = TimelineInput & { lane: number; row: number; start: number; end: number };

const DAY = 86_400_000;
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Each claim spans from its first day to the end of its last day (ms since the epoch). */
export function timelinePoints(items: TimelineInput[], lanes: string[]) {
  const rowEnds: number[][] = lanes.map(() => []);
  const points: TimelinePoint[] = [];
  const sorted = [...items].sort((a, b) => a.time.from.localeCompare(b.time.from) || a.id.localeCompare(b.id));
  for (const it of sorted) {
    const lane = Math.max(0, lanes.indexOf(it.stance));
    const start = day(it.time.from);
    const end = day(it.time.to) + DAY;
    const ends = rowEnds[lane];
    let row = ends.findIndex((e) => e <= start);
    if (row < 0) {
      row = ends.length;
      ends.push(end);
    } else ends[row] = end;
    points.push({ ...it, lane, row, start, end });
  }
  return { points, rowsPerLane: rowEnds.map((r) => Math.max(1, r.length)) };
}

/** First-of-month ticks between two instants, a month to two years apart depending on the span. */
export function timeTicks(from: number, to: number): number[] {
  const years = (to - from) / (365 * DAY);
  const step = years > 12 ? 36 : years > 6 ? 24 : years > 3 ? 12 : years > 1.5 ? 6 : years > 0.6 ? 3 : 1;
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = step >= 12 ? 0 : Math.floor(start.getUTCMonth() / step) * step;
  const ticks: number[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    if (t >= from) ticks.push(t);
    m += step;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}
