"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import { useFailureText } from "@/app/_components/failure-text";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import type { QueueCandidate } from "@/lib/review/data";
import type { FacetOption } from "@/lib/links/data";
import { ATTRIBUTION_KINDS, ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";
import { addToQueueAction, previewQueueAction } from "@/lib/review/actions";

type Props = {
  sessionId: string;
  articles: Array<{ id: string; title: string }>;
  outlets: Array<{ id: string; name: string }>;
  places: FacetOption[];
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

type ChoiceProps = { label: string; name: string; any: string; options: Array<{ value: string; label: string }> };

/** One filter of the claims query as a select whose empty choice means "any". */
function Choice({ label, name, any, options }: ChoiceProps) {
  return (
    <>
      <label>
        {label}{" "}
        <select name={name} defaultValue="">
          <option value="">{any}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>{" "}
    </>
  );
}

/** Fill the queue: filter the claims (the claims table's filters), then add all matches or just the ones picked. */
export function QueueFiller({ sessionId, articles, outlets, places }: Props) {
  const t = useTranslations("queue");
  const tv = useTranslations("verdict");
  const ts = useTranslations("status");
  const locale = useLocale();
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [candidates, setCandidates] = useState<QueueCandidate[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <section className="panel" aria-labelledby="fill-heading">
      <h2 id="fill-heading">{t("heading")}</h2>
      <form
        className="filter-bar small"
        aria-label={t("find")}
        onSubmit={(e) => {
          e.preventDefault();
          const query = Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v)]));
          startTransition(async () => {
            const r = await previewQueueAction({ query, sessionId });
            if (r.ok) {
              const fresh = r.claims.filter((c) => !c.queued);
              setCandidates(r.claims);
              setPicked(new Set(fresh.map((c) => c.id)));
              setMessage(null);
            } else setMessage({ ok: false, text: failureText(r) });
          });
        }}
      >
        <Choice
          label={t("article")}
          name="article"
          any={t("any")}
          options={articles.map((a) => ({ value: a.id, label: shorten(a.title, 60) }))}
        />
        <Choice label={t("outlet")} name="outlet" any={t("any")} options={outlets.map((o) => ({ value: o.id, label: o.name }))} />
        <Choice
          label={t("place")}
          name="place"
          any={t("any")}
          options={places.map((p) => ({ value: p.id, label: `${pick(p.label, locale)} (${p.count})` }))}
        />
        <Choice
          label={t("attribution")}
          name="kind"
          any={t("any")}
          options={ATTRIBUTION_KINDS.map((k) => ({ value: k, label: pick(ATTRIBUTION_KIND_LABELS[k], locale) }))}
        />
        <Choice label={t("verdict")} name="verdict" any={t("any")} options={verdicts.map((v) => ({ value: v, label: tv(v) }))} />
        <Choice
          label={t("status")}
          name="status"
          any={t("any")}
          options={claimStatuses.map((v) => ({ value: v, label: ts(v) }))}
        />
        <Choice
          label={t("conflicts")}
          name="conflicts"
          any={t("any")}
          options={[
            { value: "open", label: t("conflictsOpen") },
            { value: "none", label: t("conflictsNone") },
          ]}
        />
        <button className="btn secondary small" type="submit" disabled={pending}>
          {t("find")}
        </button>
      </form>
      {candidates && (
        <>
          <p className="small muted">{t("matching", { count: candidates.length, picked: picked.size })}</p>
          <ul className="plain candidate-list" aria-label={t("matches")}>
            {candidates.map((c) => (
              <li key={c.id}>
                <label className="inline">
                  <input
                    type="checkbox"
                    disabled={c.queued}
                    checked={c.queued || picked.has(c.id)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(c.id);
                      else next.delete(c.id);
                      setPicked(next);
                    }}
                  />{" "}
                  <q dir="auto">{shorten(c.quote, 140)}</q>{" "}
                  <span className="small muted">
                    <bdi>{c.articleTitle}</bdi> · {tv(c.verdict as "false")} · {ts(c.status as "new")}
                    {c.queued && ` · ${t("queued")}`}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn"
            disabled={pending || picked.size === 0}
            onClick={() =>
              startTransition(async () => {
                const r = await addToQueueAction({ sessionId, claimIds: [...picked] });
                if (r.ok) {
                  setMessage({ ok: true, text: t("added", { count: r.added }) });
                  setCandidates(null);
                  router.refresh();
                } else setMessage({ ok: false, text: failureText(r) });
              })
            }
          >
            {t("add", { count: picked.size })}
          </button>
        </>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
