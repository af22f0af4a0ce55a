// How worth checking a suggested claim is, 0–1, from the reasons it was suggested for: a figure, a
// comparison, a date, a named actor or place, an event, an attribution. Views, vows and forecasts are
// not suggested at all (see suggest.ts); a sentence resting on an attribution alone scores low.
import { parseSuggestionReason, type SuggestionReasonCode } from "./suggestion-reasons";

const WEIGHT: Record<SuggestionReasonCode, number> = {
  number: 0.3,
  comparison: 0.15,
  date: 0.15,
  place: 0.15,
  actor: 0.1,
  event: 0.15,
  attributionCue: 0.15,
};

export type CheckWorthiness = { score: number; factors: SuggestionReasonCode[] };

/** Each kind of reason counts once; the score is their weights summed, at most 1, to two decimals. */
export function checkWorthiness(reasons: readonly string[]): CheckWorthiness {
  const factors: SuggestionReasonCode[] = [];
  for (const r of reasons) {
    const p = parseSuggestionReason(r);
    if (p.code !== "text" && !factors.includes(p.code)) factors.push(p.code);
  }
  const sum = factors.reduce((s, f) => s + WEIGHT[f], 0);
  return { score: Math.round(Math.min(1, sum) * 100) / 100, factors };
}

/** Suggestions by check-worthiness, the most worth checking first; ties keep text order. */
export function byCheckWorthiness<T extends { reasons: readonly string[]; start: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => checkWorthiness(b.reasons).score - checkWorthiness(a.reasons).score || a.start - b.start);
}
