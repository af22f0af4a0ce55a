import { formatPartialDate, type PartialDate } from "@/lib/text/dates";

// A claim's time label ("2025-05", "2025", "2025-05-03..2025-06", "unknown", see time.ts) is stored in
// its features and in link reasons; the interface shows it as dates in its own language.

const PART = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const precisionOf = (part: string): PartialDate["precision"] =>
  part.length === 10 ? "day" : part.length === 7 ? "month" : "year";

/** The dates a label names ([] for "unknown"), or null when the text is not a time label. */
export function timeLabelParts(label: string): PartialDate[] | null {
  if (label === "unknown") return [];
  const parts = label.split("..");
  if (parts.length > 2 || !parts.every((p) => PART.test(p))) return null;
  return parts.map((date) => ({ date, precision: precisionOf(date) }));
}

/** "May 2025 – June 2025" / "أيار 2025 – حزيران 2025"; "date unknown" in either language; anything else as it is. */
export function formatTimeLabel(label: string, locale: string): string {
  const parts = timeLabelParts(label);
  const lang = locale === "ar" ? "ar" : "en";
  if (!parts) return label;
  if (parts.length === 0) return formatPartialDate({ date: null, precision: "unknown" }, lang);
  return parts.map((p) => formatPartialDate(p, lang)).join(" – ");
}
