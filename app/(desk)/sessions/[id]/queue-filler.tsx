"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ATTRIBUTION_KIND_LABELS, type AttributionKind } from "@/lib/sources/kinds";
import { pick } from "@/lib/i18n/locale";
import { useFailureText } from "@/app/_components/failure-text";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import type { QueueCandidate } from "@/lib/review/data";
import { addToQueueAction, previewQueueAction } from "@/lib/review/actions";

type Props = {
  sessionId: string;
  articles: Array<{ id: string; title: string }>;
  outlets: Array<{ id: string; name: string }>;
  attributionKinds: string[];
};

/** Fill the queue: filter the claims, then add all matches or just the ones picked. */
export function QueueFiller({ sessionId, articles, outlets, attributionKinds }: Props) {
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
          const filter = Object.fromEntries(new FormData(e.currentTarget).entries());
          startTransition(async () => {
            const r = await previewQueueAction({ ...filter, sessionId });
            if (r.ok) {
              const fresh = r.claims.filter((c) => !c.queued);
              setCandidates(r.claims);
              setPicked(new Set(fresh.map((c) => c.id)));
              setMessage(null);
            } else setMessage({ ok: false, text: failureText(r) });
          });
        }}
      >
        <label>
          {t("article")}{" "}
          <select name="articleId" defaultValue="">
            <option value="">{t("any")}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 60 ? `${a.title.slice(0, 60)}…` : a.title}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("outlet")}{" "}
          <select name="outletId" defaultValue="">
            <option value="">{t("any")}</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("attribution")}{" "}
          <select name="attributionKind" defaultValue="">
            <option value="">{t("any")}</option>
            {attributionKinds.map((k) => (
              <option key={k} value={k}>
                {pick(ATTRIBUTION_KIND_LABELS[k as AttributionKind], locale)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("verdict")}{" "}
          <select name="verdict" defaultValue="">
            <option value="">{t("any")}</option>
            {verdicts.map((v) => (
              <option key={v} value={v}>
                {tv(v)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("status")}{" "}
          <select name="status" defaultValue="">
            <option value="">{t("any")}</option>
            {claimStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </label>{" "}
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
                  <q dir="auto">{c.quote.length > 140 ? `${c.quote.slice(0, 140)}…` : c.quote}</q>{" "}
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
