// Timing and memory for benchmarks: samples of one operation, its floor, and the peak resident
// memory of the process doing the work (this one, or the server's process tree).
import { readFileSync, readdirSync } from "node:fs";

export type Layer = "http" | "data" | "cli";
export type BenchResult = {
  operation: string;
  layer: Layer;
  n: number;
  medianMs: number;
  p95Ms: number;
  throughputPerS: number;
  peakRssMb: number;
  floorMs: number;
  ratio: number;
};

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Resident memory (MB) of a process and its descendants, from /proc; this process when pid is omitted. */
export function rssMb(pid: number = process.pid): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
      }
    } catch {
      // the process ended while we looked
    }
  };
  visit(pid);
  return kb / 1024;
}

/** Samples the resident memory every 25 ms (and at each sample() call) and keeps the peak. */
export function rssWatch(pid?: number) {
  let peak = rssMb(pid);
  const start = peak;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
  return {
    sample: () => (peak = Math.max(peak, rssMb(pid))),
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, rssMb(pid));
      return { peakMb: peak, growthMb: peak - start };
    },
  };
}

/** Runs `run(i)` n times in sequence and returns each duration in ms. */
export async function timeEach(n: number, run: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function summarize(
  operation: string,
  layer: Layer,
  samples: number[],
  floorSamples: number[],
  opts: { peakRssMb: number; unitsPerSample?: number },
): BenchResult {
  const total = samples.reduce((s, x) => s + x, 0);
  const medianMs = percentile(samples, 50);
  const floorMs = percentile(floorSamples, 50);
  return {
    operation,
    layer,
    n: samples.length,
    medianMs: round(medianMs),
    p95Ms: round(percentile(samples, 95)),
    throughputPerS: round(total > 0 ? ((opts.unitsPerSample ?? 1) * samples.length * 1000) / total : 0, 1),
    peakRssMb: round(opts.peakRssMb, 0),
    floorMs: round(floorMs, 3),
    ratio: floorMs > 0 ? round(medianMs / floorMs) : 0,
  };
}

export function formatTable(results: BenchResult[]): string {
  const head = ["operation", "layer", "N", "median ms", "p95 ms", "throughput/s", "peak RSS MB", "floor ms", "ratio"];
  const rows = results.map((r) => [
    r.operation,
    r.layer,
    String(r.n),
    String(r.medianMs),
    String(r.p95Ms),
    String(r.throughputPerS),
    String(r.peakRssMb),
    String(r.floorMs),
    `${r.ratio}×`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
