import { findDates, type DatePrecision } from "@/lib/text/dates";

// When the claimed event happened, as a closed range of ISO days so that
// claims of different precision ("2025-05" vs "2025") can be compared.

export interface TimeRange {
  from: string;
  to: string;
}

export interface EventTime {
  time: TimeRange | null;
  label: string;
  /** Where it came from: the claim's own words, the article date, or nowhere. */
  source: "text" | "article" | "unknown";
  /** Date phrases in the text, with the ones that were not used and why. */
  dates: { start: number; end: number; text: string; date: string | null; ignored?: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2025" → 2025-01-01..2025-12-31, "2025-05" → May, "2025-05-14" → that day. */
export function rangeOf(date: string): TimeRange | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { from: `${m[1]}-${m[2]}-${m[3]}`, to: `${m[1]}-${m[2]}-${m[3]}` };
  if (m[2]) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDay(y, Number(m[2])))}` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The article date cut to its precision ("2025-11-29T20:47" with "month" → "2025-11"). */
export function truncate(date: string, precision: DatePrecision): string | null {
  const len = precision === "day" ? 10 : precision === "month" ? 7 : precision === "year" ? 4 : 0;
  return len > 0 && date.length >= len ? date.slice(0, len) : null;
}

export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * How many days apart two claims may be and still be compared: a withdrawal reported on Friday and
 * reinforcements on Saturday are one story, another month is not.
 */
export const NEAR_DAYS = 2;

/** An ISO day moved by some days ("2025-10-25", 2 → "2025-10-27"). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How many days a range covers (a day is 1). */
export function spanDays(r: TimeRange): number {
  return Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The two ranges overlap once each is widened by NEAR_DAYS on both sides. */
export function nearInTime(a: TimeRange, b: TimeRange): boolean {
  return a.from <= addDays(b.to, NEAR_DAYS) && b.from <= addDays(a.to, NEAR_DAYS);
}

/**
 * Dates written in the claim win over the article date; several dates give
 * the span from the earliest to the latest. `blocked` are character ranges
 * that are names, not dates ("سد تشرين").
 */
export function eventTime(
  text: string,
  ctx: { articleDate: string | null; articlePrecision: DatePrecision },
  blocked: { start: number; end: number }[] = [],
): EventTime {
  const article = ctx.articleDate ? truncate(ctx.articleDate, ctx.articlePrecision) : null;
  const referenceYear = article ? Number(article.slice(0, 4)) : undefined;
  const referenceMonth = article && article.length >= 7 ? Number(article.slice(5, 7)) : undefined;
  const found = findDates(text, { referenceYear, referenceMonth });
  const dates: EventTime["dates"] = [];
  const all: { r: TimeRange; label: string; since: boolean }[] = [];
  for (const d of found) {
    const entry: EventTime["dates"][number] = { start: d.start, end: d.end, text: d.text, date: d.date };
    if (blocked.some((b) => d.start < b.end && b.start < d.end)) entry.ignored = "part of a place name";
    else if (!d.date) entry.ignored = "year unknown";
    else {
      const r = rangeOf(d.date);
      // "منذ عام 2014": from then until the article's date.
      const since = /(?:منذ|since)\s*$/u.test(text.slice(Math.max(0, d.start - 8), d.start));
      const until = since && article ? rangeOf(article) : null;
      if (r && until && until.to > r.to) all.push({ r: { from: r.from, to: until.to }, label: `${d.date}..${article}`, since });
      else if (r) all.push({ r, label: d.date, since });
    }
    dates.push(entry);
  }
  // "فتح المعبر يوم 18 … للمرة الأولى منذ أيار 2024": a date after "since" sets the scene when the
  // claim dates its event otherwise.
  const ranges = all.some((x) => !x.since) ? all.filter((x) => !x.since) : all;
  if (ranges.length > 0) {
    const first = [...ranges].sort((x, y) => x.r.from.localeCompare(y.r.from) || y.r.to.localeCompare(x.r.to))[0];
    const last = [...ranges].sort((x, y) => y.r.to.localeCompare(x.r.to) || x.r.from.localeCompare(y.r.from))[0];
    const time = { from: first.r.from, to: last.r.to };
    // One range that covers the others names the span by itself ("2025-03" inside "2025").
    const label = first === last || first.label === last.label ? first.label : `${first.label}..${last.label}`;
    return { time, label, source: "text", dates };
  }
  if (article) return { time: rangeOf(article), label: article, source: "article", dates };
  return { time: null, label: "unknown", source: "unknown", dates };
}
