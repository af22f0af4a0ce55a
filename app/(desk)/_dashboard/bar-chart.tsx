"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";

export type Bar = { key: string; label: string; count: number; color?: string };

/** A horizontal bar chart drawn in the browser (no network); the same numbers are listed beside it. */
export function CountChart({ bars, name }: { bars: Bar[]; name: string }) {
  const rtl = useLocale() === "ar";
  const height = 40 + bars.length * 30;
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} reversed={rtl} />
          <YAxis type="category" dataKey="label" width={150} orientation={rtl ? "right" : "left"} tick={{ fontSize: 13 }} />
          <Tooltip cursor={{ fillOpacity: 0.1 }} />
          <Bar dataKey="count" name={name} isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.key} fill={b.color ?? "#1f5f8b"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
