// How stances and link types read in the interface: a word and a symbol beside
// every colour, so that nothing is told by colour alone.

export const STANCE_LABELS: Record<string, { label: string; symbol: string; color: string }> = {
  drawdown: { label: "drawdown", symbol: "▼", color: "#a4262c" },
  reinforcement: { label: "reinforcement", symbol: "▲", color: "#1f5f8b" },
  maintained: { label: "maintained", symbol: "■", color: "#1e6b3a" },
  cooperation: { label: "cooperation", symbol: "◆", color: "#6b3fa0" },
  friction: { label: "friction", symbol: "✕", color: "#8a5a00" },
  none: { label: "no stance", symbol: "●", color: "#5c6370" },
};

export const QUESTION_LABELS: Record<string, string> = {
  coalition_presence: "coalition presence",
  force_presence: "force presence",
  government_coalition_relations: "government–coalition relations",
};

export const LINK_TYPE_LABELS: Record<string, string> = {
  contradicts: "contradicts",
  corroborates: "corroborates",
  same_event: "same event",
  supersedes: "supersedes",
};

export function stanceOf(stances: { value: string; negated?: boolean }[]) {
  const s = stances[0];
  return { key: s?.value ?? "none", ...(STANCE_LABELS[s?.value ?? "none"] ?? STANCE_LABELS.none), negated: Boolean(s?.negated) };
}
