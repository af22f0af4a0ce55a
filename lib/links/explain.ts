import { analyzeClaim, type FeatureContext } from "./features";

// Every lexicon match in a piece of text with what it was taken to mean, or
// why it was set aside. Used to show editors why a link was proposed and to
// pin the lexicons down in tests.

export interface MatchRow {
  /** The matched words, as in the normalized text. */
  text: string;
  lexicon: "actors" | "places" | "stances" | "dates";
  meaning: string;
}

export function explainMatches(text: string, ctx: FeatureContext): MatchRow[] {
  const a = analyzeClaim(text, ctx);
  const words = (from: number, to: number) => a.normalized.slice(a.tokens[from].start, a.tokens[to - 1].end);
  const rows: (MatchRow & { at: number })[] = [];
  for (const m of a.actors) {
    const how = m.via === "capital" ? ", as government" : m.via === "demonym" ? ", by nationality" : "";
    rows.push({ at: a.tokens[m.from].start, text: words(m.from, m.to), lexicon: "actors", meaning: `${m.id} (${m.role}${how})` });
  }
  for (const p of a.places)
    rows.push({ at: a.tokens[p.from].start, text: words(p.from, p.to), lexicon: "places", meaning: p.id });
  for (const g of a.ignoredPlaces)
    rows.push({ at: a.tokens[g.from].start, text: words(g.from, g.to), lexicon: "places", meaning: `ignored: ${g.reason}` });
  for (const c of a.cues) {
    const flags = [c.negated ? "negated" : "", c.concessive ? "concessive" : ""].filter(Boolean).join(", ");
    const meaning = c.ignored ? `ignored: ${c.ignored}` : `${c.question}: ${c.value}${flags ? ` (${flags})` : ""}`;
    rows.push({ at: a.tokens[c.from].start, text: words(c.from, c.to), lexicon: "stances", meaning });
  }
  for (const d of a.time.dates) {
    rows.push({
      at: d.start,
      text: d.text,
      lexicon: "dates",
      meaning: d.ignored ? `ignored: ${d.ignored}` : (d.date ?? "unknown"),
    });
  }
  return rows.sort((x, y) => x.at - y.at).map(({ at: _at, ...r }) => r);
}
