import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { EventDto } from "@/lib/history/schema";
import { textDiff, wantsDiff } from "@/lib/history/text-diff";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Before → after of one field; two long texts are shown as a word diff (deletions struck, insertions marked). */
function FieldChange({ before, after }: { before: unknown; after: unknown }) {
  if (wantsDiff(before, after)) {
    const parts = textDiff(before, after as string);
    return (
      <>
        <td dir="auto" className="before">
          {parts.map((p, i) => (p.kind === "added" ? null : p.kind === "removed" ? <del key={i}>{p.text}</del> : p.text))}
        </td>
        <td aria-hidden="true">→</td>
        <td dir="auto" className="after">
          {parts.map((p, i) => (p.kind === "removed" ? null : p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.text))}
        </td>
      </>
    );
  }
  return (
    <>
      <td dir="auto" className="before">
        {show(before)}
      </td>
      <td aria-hidden="true">→</td>
      <td dir="auto" className="after">
        {show(after)}
      </td>
    </>
  );
}

/**
 * A readable list of review events: who, when, what, with field-level before → after.
 * `fieldAction` may add a control to a change row (e.g. restoring the earlier value).
 */
export function HistoryList({
  events,
  fieldAction,
}: {
  events: EventDto[];
  fieldAction?: (event: EventDto, field: string, before: unknown) => ReactNode;
}) {
  const t = useTranslations("history");
  const format = useFormatter();
  if (events.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.seq} className="panel">
          <div className="small">
            <strong>#{e.seq}</strong> ·{" "}
            <time dateTime={e.at}>{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "medium" })}</time> ·{" "}
            <bdi className="actor">{e.actor}</bdi> ·{" "}
            <span className="badge">
              {t.has(`entity.${e.entityType}` as "entity.claim") ? t(`entity.${e.entityType}` as "entity.claim") : e.entityType}
            </span>{" "}
            <span className="badge">
              {t.has(`action.${e.action}` as "action.create") ? t(`action.${e.action}` as "action.create") : e.action}
            </span>
            {e.session && <> · {t("session", { id: e.session })}</>}
          </div>
          <table className="changes small">
            <tbody>
              {Object.entries(e.changes).map(([field, [before, after]]) => (
                <tr key={field}>
                  <th scope="row">{field}</th>
                  <FieldChange before={before} after={after} />
                  {fieldAction && <td>{fieldAction(e, field, before)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ol>
  );
}

/** Filter a history by actor and action (a plain GET form: works without script, keeps the URL shareable). */
export function HistoryFilter({
  actors,
  actions,
  actor,
  action,
}: {
  actors: string[];
  actions: string[];
  actor?: string;
  action?: string;
}) {
  const t = useTranslations("history");
  return (
    <form method="get" className="filter-bar small" aria-label={t("filterLabel")}>
      <label>
        {t("actor")}{" "}
        <select name="actor" defaultValue={actor ?? ""}>
          <option value="">{t("anyone")}</option>
          {actors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("actionLabel")}{" "}
        <select name="action" defaultValue={action ?? ""}>
          <option value="">{t("any")}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>{" "}
      <button className="btn secondary small" type="submit">
        {t("filter")}
      </button>
    </form>
  );
}
