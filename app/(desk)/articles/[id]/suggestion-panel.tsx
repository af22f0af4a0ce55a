"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import { useFailureText } from "@/app/_components/failure-text";
import { useSuggestionReasonText } from "@/app/_components/reason-text";
import { byCheckWorthiness, checkWorthiness } from "@/lib/claims/check-worthiness";
import { acceptSuggestionAction, rejectSuggestionAction } from "@/lib/claims/actions";
import type { AttributionDto } from "@/lib/sources/dto";
import { ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";

type Suggestion = { id: string; start: number; end: number; quote: string; reasons: string[]; attributions?: AttributionDto[] };
type Props = {
  suggestions: Suggestion[];
  language: string;
  canWrite: boolean;
  onMessage: (m: { kind: "error" | "ok"; text: string }) => void;
};

/** Suggested claims: focus one and press A to accept it or R to reject it (a rejection is remembered). */
export function SuggestionPanel({ suggestions, language, canWrite, onMessage }: Props) {
  const t = useTranslations("suggestions");
  const locale = useLocale();
  const failureText = useFailureText();
  const reasonText = useSuggestionReasonText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [byScore, setByScore] = useState(false);
  const shown = byScore ? byCheckWorthiness(suggestions) : suggestions;

  function decide(id: string, accept: boolean, next: HTMLElement | null) {
    startTransition(async () => {
      const result = accept
        ? await acceptSuggestionAction({ suggestionId: id })
        : await rejectSuggestionAction({ suggestionId: id });
      if (result.ok) {
        onMessage({ kind: "ok", text: t(accept ? "accepted" : "rejected") });
        router.refresh();
        next?.focus();
      } else onMessage({ kind: "error", text: failureText(result) });
    });
  }

  return (
    <section className="panel side-panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t("heading", { count: suggestions.length })}</h2>
      {canWrite && suggestions.length > 0 && <p className="small muted">{t("hint")}</p>}
      {suggestions.length > 1 && (
        <button type="button" className="btn secondary small" aria-pressed={byScore} onClick={() => setByScore(!byScore)}>
          {t(byScore ? "orderByText" : "orderByScore")}
        </button>
      )}
      <ol className="claim-list">
        {shown.map((s) => (
          <li
            key={s.id}
            className="claim-item suggestion"
            tabIndex={0}
            aria-label={t("label", { quote: s.quote.slice(0, 80) })}
            onKeyDown={(e) => {
              if (!canWrite || pending) return;
              const next = (e.currentTarget.nextElementSibling ?? e.currentTarget.previousElementSibling) as HTMLElement | null;
              if (e.key === "a" || e.key === "A") decide(s.id, true, next);
              if (e.key === "r" || e.key === "R") decide(s.id, false, next);
            }}
          >
            <q dir={language === "ar" ? "rtl" : "ltr"} lang={language}>
              {s.quote}
            </q>
            <div className="small muted">
              {t("score", { score: checkWorthiness(s.reasons).score.toFixed(2) })} ·{" "}
              {s.reasons.slice(0, 3).map(reasonText).join(" · ")}
            </div>
            {s.attributions && s.attributions.length > 0 && (
              <div
                className="small"
                title={s.attributions.map((a) => a.source?.name ?? a.affiliation ?? a.cue ?? "").join(" · ")}
              >
                {t("attribution")} {s.attributions.map((a) => pick(ATTRIBUTION_KIND_LABELS[a.kind], locale)).join(" · ")}
              </div>
            )}
            {canWrite && (
              <div className="claim-actions">
                <button type="button" className="btn small" disabled={pending} onClick={() => decide(s.id, true, null)}>
                  {t("accept")}
                </button>
                <button
                  type="button"
                  className="btn secondary small"
                  disabled={pending}
                  onClick={() => decide(s.id, false, null)}
                >
                  {t("reject")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
