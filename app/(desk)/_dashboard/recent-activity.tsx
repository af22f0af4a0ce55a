import { useFormatter, useTranslations } from "next-intl";
import type { EventDto } from "@/lib/history/schema";
import { Instant } from "@/app/_components/instant";
import { useEventWords } from "@/app/_components/history-list";

/** The latest review events, newest first: who did what to which record, and when. */
export function RecentActivity({ events }: { events: EventDto[] }) {
  const t = useTranslations("history");
  const format = useFormatter();
  const words = useEventWords();
  if (events.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="plain activity">
      {events.map((e) => (
        <li key={e.seq}>
          <span className="muted small">#{format.number(e.seq)}</span> <Instant at={e.at} /> · <bdi>{e.actor}</bdi> ·{" "}
          {words.action(e.action)} · {words.entity(e.entityType)}
        </li>
      ))}
    </ol>
  );
}
