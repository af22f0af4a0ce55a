import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { fieldName, valueKind } from "@/lib/history/fields";
import type { EventDto } from "@/lib/history/schema";
import { textDiff, wantsDiff } from "@/lib/history/text-diff";
import { pick } from "@/lib/i18n/locale";
import { parseLinkReason } from "@/lib/links/reasons";
import { formatTimeLabel } from "@/lib/links/time-label";
import { isSourceKind, SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { Instant } from "./instant";
import { useLinkReasonText } from "./reason-text";

type Show = (value: unknown) => string;

/** Shows a field's stored values in the interface language: known words translated, dates formatted. */
function useShowValue(entityType: string, field: string, proposedBy: unknown): Show {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const reasonText = useLinkReasonText();
  const how = valueKind(entityType, field);
  const word = (v: string): string => {
    if (how.kind === "words")
      return t.has(`${how.namespace}.${v}` as "verdict.false") ? t(`${how.namespace}.${v}` as "verdict.false") : v;
    if (how.kind === "sourceKind") return isSourceKind(v) ? pick(SOURCE_KIND_LABELS[v], locale) : v;
    if (how.kind === "instant" && !Number.isNaN(Date.parse(v)))
      return format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "medium" });
    if (how.kind === "date") return formatTimeLabel(v, locale);
    if (how.kind === "linkReasons") return proposedBy === "system" ? reasonText(parseLinkReason(v)) : v;
    return v;
  };
  const show: Show = (value) => {
    if (value === null || value === undefined) return "—";
    if (typeof value === "string") return word(value);
    if (typeof value === "number") return format.number(value);
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map(word).join(" · ");
    return JSON.stringify(value);
  };
  return show;
}

/** The field's name in the interface language (its stored name when the catalogs do not know it). */
function FieldName({ field }: { field: string }) {
  const t = useTranslations("history.field");
  const { key, claim } = fieldName(field);
  return <>{t.has(key as "statement") ? t(key as "positionOf", { claim: claim?.slice(0, 8) ?? "" }) : field}</>;
}

/** Before → after of one field; two long texts are shown as a word diff (deletions struck, insertions marked). */
function FieldChange({ before, after, show }: { before: unknown; after: unknown; show: Show }) {
  if (wantsDiff(before, after) && show(before) === before) {
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

/** An event's action and entity type in the interface language (as stored when the catalogs do not know them). */
export function useEventWords() {
  const t = useTranslations("history");
  return {
    action: (a: string) => (t.has(`action.${a}` as "action.create") ? t(`action.${a}` as "action.create") : a),
    entity: (e: string) => (t.has(`entity.${e}` as "entity.claim") ? t(`entity.${e}` as "entity.claim") : e),
  };
}

/** One row of an event's changes. */
function ChangeRow({ event, field, children }: { event: EventDto; field: string; children?: ReactNode }) {
  const [before, after] = event.changes[field];
  const show = useShowValue(event.entityType, field, event.changes.proposedBy?.[1]);
  return (
    <tr>
      <th scope="row">
        <FieldName field={field} />
      </th>
      <FieldChange before={before} after={after} show={show} />
      {children}
    </tr>
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
  const words = useEventWords();
  if (events.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.seq} className="panel">
          <div className="small">
            <strong>#{e.seq}</strong> · <Instant at={e.at} withSeconds /> · <bdi className="actor">{e.actor}</bdi> ·{" "}
            <span className="badge">{words.entity(e.entityType)}</span> <span className="badge">{words.action(e.action)}</span>
            {e.session && <> · {t("session", { id: e.session })}</>}
          </div>
          <table className="changes small">
            <tbody>
              {Object.entries(e.changes).map(([field, [before]]) => (
                <ChangeRow key={field} event={e} field={field}>
                  {fieldAction && <td>{fieldAction(e, field, before)}</td>}
                </ChangeRow>
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
  const words = useEventWords();
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
              {words.action(a)}
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
