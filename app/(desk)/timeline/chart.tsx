"use client";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { CartesianGrid, ErrorBar, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { STANCE_LABELS } from "@/lib/links/labels";
import { timeTicks, type TimelinePoint } from "@/lib/links/timeline";

export type ChartClaim = { quote: string; href: string; label: string };
type Props = {
  lanes: string[];
  /** The lanes' names in the interface language. */
  laneNames: string[];
  title: string;
  points: TimelinePoint[];
  rowsPerLane: number[];
  claims: Record<string, ChartClaim>;
};
type Datum = { id: string; mid: number; y: number; span: [number, number] };

/** Each stance keeps its own symbol, so colour is never the only signal. */
function Symbol({ cx = 0, cy = 0, stance }: { cx?: number; cy?: number; stance: string }) {
  const { color } = STANCE_LABELS[stance] ?? STANCE_LABELS.none;
  const r = 6;
  const paths: Record<string, string> = {
    drawdown: `M${cx - r},${cy - r} L${cx + r},${cy - r} L${cx},${cy + r} Z`,
    reinforcement: `M${cx - r},${cy + r} L${cx + r},${cy + r} L${cx},${cy - r} Z`,
    maintained: `M${cx - r},${cy - r} h${2 * r} v${2 * r} h${-2 * r} Z`,
    cooperation: `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`,
    friction: `M${cx - r},${cy - r} L${cx + r},${cy + r} M${cx + r},${cy - r} L${cx - r},${cy + r}`,
  };
  const d = paths[stance];
  return d ? (
    <path d={d} fill={stance === "friction" ? "none" : color} stroke={color} strokeWidth={2} style={{ cursor: "pointer" }} />
  ) : (
    <circle cx={cx} cy={cy} r={r - 1} fill={color} style={{ cursor: "pointer" }} />
  );
}

/**
 * The claims on a time axis (recharts, drawn in the browser): a lane per stance, a symbol at the middle
 * of the time each claim refers to and a bar across all of it (a day, a month, a year). A click opens
 * the claim in its article. The same claims are listed in the tables below, for reading and for
 * screen readers.
 */
export function TimelineChart({ lanes, laneNames, title, points, rowsPerLane, claims }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const rtl = locale === "ar";
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const byLane = lanes.map((stance, lane) =>
    points
      .filter((p) => p.lane === lane)
      .map((p): Datum => {
        const mid = (p.start + p.end) / 2;
        // rows of a lane share its band, so overlapping claims sit one above the other
        const offset = rowsPerLane[lane] > 1 ? (p.row / (rowsPerLane[lane] - 1) - 0.5) * 0.6 : 0;
        return { id: p.id, mid, y: lane + offset, span: [mid - p.start, p.end - mid] };
      }),
  );
  const from = Math.min(...points.map((p) => p.start));
  const to = Math.max(...points.map((p) => p.end));
  const pad = Math.max((to - from) * 0.03, 86_400_000);
  const height = 60 + lanes.length * Math.max(44, 14 * Math.max(...rowsPerLane));
  return (
    <figure className="timeline">
      <figcaption className="sr-only">{title}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="mid"
              scale="time"
              domain={[from - pad, to + pad]}
              ticks={timeTicks(from - pad, to + pad)}
              reversed={rtl}
              tickFormatter={(t: number) => month.format(t)}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, lanes.length - 0.5]}
              ticks={lanes.map((_, i) => i)}
              reversed
              orientation={rtl ? "right" : "left"}
              width={130}
              tickFormatter={(i: number) => `${STANCE_LABELS[lanes[i]]?.symbol ?? ""} ${laneNames[i] ?? ""}`}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              cursor={false}
              content={({ payload }) => {
                const d = payload?.[0]?.payload as Datum | undefined;
                const c = d && claims[d.id];
                return c ? (
                  <div className="chart-tip" dir="auto">
                    <strong>{c.label}</strong>
                    <p>{c.quote.length > 160 ? `${c.quote.slice(0, 160)}…` : c.quote}</p>
                  </div>
                ) : null;
              }}
            />
            {lanes.map((stance, lane) => (
              <Scatter
                key={stance}
                name={laneNames[lane]}
                data={byLane[lane]}
                isAnimationActive={false}
                shape={(props: { cx?: number; cy?: number }) => <Symbol cx={props.cx} cy={props.cy} stance={stance} />}
                onClick={(d: { payload?: Datum }) => d.payload && router.push(claims[d.payload.id].href)}
              >
                <ErrorBar dataKey="span" direction="x" width={0} strokeWidth={3} stroke={STANCE_LABELS[stance]?.color} />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
