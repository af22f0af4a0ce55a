import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ATTRIBUTION_KIND_LABELS, isAttributionKind } from "@/lib/sources/kinds";
import { pick } from "@/lib/i18n/locale";
import type { ClaimCard as Card } from "@/lib/links/data";
import { STANCE_LABELS } from "@/lib/links/labels";
import { formatTimeLabel } from "@/lib/links/time-label";
import { PublishedDate } from "@/app/_components/published-date";

/** One side of a link: the quote in its own direction, where it comes from, and what the workbench read in it. */
export function ClaimCard({ claim, label }: { claim: Card; label: string }) {
  const rtl = claim.language === "ar";
  const t = useTranslations("conflicts");
  const tk = useTranslations("stance");
  const locale = useLocale();
  const kinds = claim.attributionKinds.map((k) => (isAttributionKind(k) ? pick(ATTRIBUTION_KIND_LABELS[k], locale) : k));
  return (
    <div className="link-side">
      <div className="small muted">{label}</div>
      <blockquote dir={rtl ? "rtl" : "ltr"} lang={claim.language} className="link-quote">
        {claim.quote}
      </blockquote>
      <div className="small">
        {claim.outlet ? <bdi>{claim.outlet}</bdi> : <span className="muted">{t("unknownOutlet")}</span>} ·{" "}
        <PublishedDate date={claim.publishedAt} precision={claim.datePrecision} /> ·{" "}
        <Link href={`/articles/${claim.articleId}#claim-${claim.id}`}>
          <bdi>{claim.articleTitle}</bdi>
        </Link>
      </div>
      <div className="small badges">
        {claim.attributionKinds.length > 0 && (
          <span className="badge" title={t("strength")}>
            {t("sourcing", { strength: claim.sourcingStrength })} · {kinds.join(locale === "ar" ? "، " : ", ")}
          </span>
        )}
        {claim.stances.map((s) => {
          const l = STANCE_LABELS[s.value] ?? STANCE_LABELS.none;
          return (
            <span key={s.question} className="badge stance" style={{ borderColor: l.color, color: l.color }}>
              <span aria-hidden="true">{l.symbol}</span> {tk.has(s.value as "none") ? tk(s.value as "none") : s.value}
              {s.negated ? ` ${t("denial")}` : ""}{" "}
              <span className="muted">
                · {tk.has(`q.${s.question}` as "q.force_presence") ? tk(`q.${s.question}` as "q.force_presence") : s.question}
              </span>
            </span>
          );
        })}
        <span className="badge">
          {claim.time ? t("time", { time: formatTimeLabel(claim.timeLabel, locale) }) : t("timeUnknown")}
        </span>
        {claim.archived && <span className="badge">{t("archived")}</span>}
      </div>
    </div>
  );
}
