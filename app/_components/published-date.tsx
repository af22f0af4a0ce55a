import { useLocale } from "next-intl";
import { formatPartialDate } from "@/lib/text/dates";

type Precision = "day" | "month" | "year" | "unknown";

export function PublishedDate({ date, precision }: { date: string | null; precision: string }) {
  const locale = useLocale();
  const p = (["day", "month", "year"].includes(precision) ? precision : "unknown") as Precision;
  if (!date || p === "unknown")
    return <span className="muted">{formatPartialDate({ date: null, precision: "unknown" }, locale)}</span>;
  return <time dateTime={date}>{formatPartialDate({ date, precision: p }, locale)}</time>;
}
