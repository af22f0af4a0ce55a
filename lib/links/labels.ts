// How stances look in the interface: a symbol and a colour beside every stance name (the names are in
// the message catalogs, messages/*.json under "stance"), so that nothing is told by colour alone.

export const STANCE_LABELS: Record<string, { symbol: string; color: string }> = {
  drawdown: { symbol: "▼", color: "#a4262c" },
  reinforcement: { symbol: "▲", color: "#1f5f8b" },
  maintained: { symbol: "■", color: "#1e6b3a" },
  cooperation: { symbol: "◆", color: "#6b3fa0" },
  friction: { symbol: "✕", color: "#8a5a00" },
  controls: { symbol: "⚑", color: "#7a2e5a" },
  not_controls: { symbol: "⚐", color: "#7a2e5a" },
  open: { symbol: "◯", color: "#1e6b3a" },
  closed: { symbol: "⊘", color: "#a4262c" },
  attacked: { symbol: "✹", color: "#a4262c" },
  not_attacked: { symbol: "○", color: "#5c6370" },
  none: { symbol: "●", color: "#5c6370" },
};

export function stanceOf(stances: { value: string; negated?: boolean }[]) {
  const s = stances[0];
  return { key: s?.value ?? "none", ...(STANCE_LABELS[s?.value ?? "none"] ?? STANCE_LABELS.none), negated: Boolean(s?.negated) };
}
