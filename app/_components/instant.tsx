import { useFormatter } from "next-intl";

// Dates in the interface language, in UTC (the desk's time zone), through next-intl's formatter.

/** A moment (an ISO 8601 instant). */
export function Instant({ at, withSeconds = false }: { at: string; withSeconds?: boolean }) {
  const format = useFormatter();
  return (
    <time dateTime={at}>
      {format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: withSeconds ? "medium" : "short" })}
    </time>
  );
}

/** Formats a calendar day ("2025-12-01", a session's date) as text, e.g. inside an <option>. */
export function useDayText(): (day: string) => string {
  const format = useFormatter();
  return (day) => {
    const at = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(at.getTime()) ? day : format.dateTime(at, { dateStyle: "medium" });
  };
}

/** A calendar day. */
export function Day({ day }: { day: string }) {
  return <time dateTime={day}>{useDayText()(day)}</time>;
}
