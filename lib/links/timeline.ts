// Lays claims out on a time axis: one lane per stance, claims that overlap in
// time stacked in rows of their lane. Pure, so the chart stays a plain SVG.

export type TimelineInput = { id: string; time: { from: string; to: string }; stance: string };
export type Placed = TimelineInput & { lane: number; row: number; x0: number; x1: number };
export type Tick = { x: number; label: string };

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

export function layoutTimeline(items: TimelineInput[], lanes: string[], width: number) {
  if (items.length === 0) return { placed: [] as Placed[], ticks: [] as Tick[], rowsPerLane: lanes.map(() => 1) };
  const start = Math.min(...items.map((i) => day(i.time.from)));
  const end = Math.max(...items.map((i) => day(i.time.to) + 86_400_000));
  const span = Math.max(end - start, 86_400_000);
  const x = (t: number) => ((t - start) / span) * width;

  const rowsPerLane = lanes.map(() => 1);
  const rowEnds: number[][] = lanes.map(() => []);
  const placed: Placed[] = [];
  const sorted = [...items].sort((a, b) => a.time.from.localeCompare(b.time.from) || a.id.localeCompare(b.id));
  for (const it of sorted) {
    const lane = Math.max(0, lanes.indexOf(it.stance));
    const x0 = x(day(it.time.from));
    const x1 = Math.max(x0 + 12, x(day(it.time.to) + 86_400_000));
    const ends = rowEnds[lane];
    let row = ends.findIndex((e) => e + 4 <= x0);
    if (row < 0) {
      row = ends.length;
      ends.push(x1);
    } else ends[row] = x1;
    rowsPerLane[lane] = Math.max(rowsPerLane[lane], ends.length);
    placed.push({ ...it, lane, row, x0, x1 });
  }
  // A label at the very end would run off the chart.
  const ticks = ticksFor(start, end, x).filter((t, i) => i === 0 || t.x < width - 40);
  return { placed, ticks, rowsPerLane };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ticksFor(start: number, end: number, x: (t: number) => number): Tick[] {
  const s = new Date(start);
  const years = (end - start) / (365 * 86_400_000);
  const stepMonths = years > 6 ? 24 : years > 3 ? 12 : years > 1.5 ? 6 : years > 0.6 ? 3 : 1;
  const ticks: Tick[] = [];
  let y = s.getUTCFullYear();
  let m = stepMonths >= 12 ? 0 : Math.floor(s.getUTCMonth() / stepMonths) * stepMonths;
  for (let guard = 0; guard < 200; guard++) {
    const t = Date.UTC(y, m, 1);
    if (t > end) break;
    if (t >= start) ticks.push({ x: x(t), label: stepMonths >= 12 ? String(y) : `${MONTHS[m]} ${y}` });
    m += stepMonths;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}
