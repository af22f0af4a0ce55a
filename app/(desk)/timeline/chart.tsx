import { STANCE_LABELS } from "@/lib/links/labels";
import type { layoutTimeline } from "@/lib/links/timeline";

type Props = {
  width: number;
  lanes: string[];
  /** The lanes' names in the interface language. */
  laneNames: string[];
  title: string;
  layout: ReturnType<typeof layoutTimeline>;
  claims: Record<string, { quote: string; articleId: string; label: string }>;
};

const GUTTER = 120;
const ROW = 18;
const LANE_PAD = 10;

/** The claims on a time axis: a lane per stance (named, with its symbol), a bar per claim linking to it. */
export function TimelineChart({ width, lanes, laneNames, title, layout, claims }: Props) {
  const laneTop: number[] = [];
  let y = 8;
  for (let i = 0; i < lanes.length; i++) {
    laneTop.push(y);
    y += layout.rowsPerLane[i] * ROW + LANE_PAD;
  }
  const axisY = y + 4;
  const height = axisY + 24;
  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${width + GUTTER + 20} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="timeline-title"
        style={{ maxWidth: width + GUTTER + 20 }}
      >
        <title id="timeline-title">{title}</title>
        {lanes.map((lane, i) => {
          const s = STANCE_LABELS[lane];
          const h = layout.rowsPerLane[i] * ROW;
          return (
            <g key={lane}>
              <rect x={GUTTER} y={laneTop[i] - 2} width={width} height={h + 4} fill={i % 2 ? "#f7f6f3" : "#fcfbf9"} />
              <text x={4} y={laneTop[i] + h / 2 + 4} fontSize={12} fill={s.color}>
                {s.symbol} {laneNames[i]}
              </text>
            </g>
          );
        })}
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line x1={GUTTER + t.x} x2={GUTTER + t.x} y1={4} y2={axisY} stroke="#dcdad5" />
            <text x={GUTTER + t.x + 2} y={axisY + 14} fontSize={11} fill="#5c6370">
              {t.label}
            </text>
          </g>
        ))}
        {layout.placed.map((p) => {
          const s = STANCE_LABELS[p.stance] ?? STANCE_LABELS.none;
          const c = claims[p.id];
          const top = laneTop[p.lane] + p.row * ROW;
          const name = `${laneNames[p.lane]}, ${c.label}: ${c.quote.length > 120 ? `${c.quote.slice(0, 120)}…` : c.quote}`;
          return (
            <a key={p.id} href={`/articles/${c.articleId}#claim-${p.id}`} aria-label={name}>
              <title>{name}</title>
              <rect
                x={GUTTER + p.x0}
                y={top + 3}
                width={p.x1 - p.x0}
                height={ROW - 6}
                rx={3}
                fill={s.color}
                fillOpacity={0.25}
                stroke={s.color}
              />
              <text x={GUTTER + p.x0 + 2} y={top + ROW - 5} fontSize={10} fill={s.color} aria-hidden="true">
                {s.symbol}
              </text>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
