import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ATTRIBUTION_KIND_LABELS, isAttributionKind } from "@/lib/sources/kinds";
import { pick } from "@/lib/i18n/locale";
import { VerdictBadge } from "./verdict-badge";
import { Instant } from "./instant";
import type { ClaimReview } from "@/lib/review/data";

/** The claim in its paragraph, the span highlighted. */
export function ClaimContext({ review }: { review: ClaimReview }) {
  const dir = review.article.language === "ar" ? "rtl" : "ltr";
  const t = useTranslations("panels");
  return (
    <section className="panel" aria-labelledby="context-heading">
      <h2 id="context-heading">{t("context")}</h2>
      <p className="small">
        <Link href={`/articles/${review.article.id}`}>
          <bdi>{review.article.title}</bdi>
        </Link>
      </p>
      {review.context ? (
        <p className="context-paragraph" dir={dir} lang={review.article.language}>
          {review.context.before}
          <mark>{review.context.quote}</mark>
          {review.context.after}
        </p>
      ) : (
        <p className="context-paragraph" dir={dir} lang={review.article.language}>
          <mark>{review.claim.quote}</mark> <span className="small muted">{t("orphaned")}</span>
        </p>
      )}
      {review.claim.statement && (
        <p className="statement" dir="auto">
          <span className="small muted">{t("statement")} </span>
          {review.claim.statement}
        </p>
      )}
    </section>
  );
}

export function AttributionsPanel({ review }: { review: ClaimReview }) {
  const t = useTranslations("panels");
  const locale = useLocale();
  return (
    <section className="panel" aria-labelledby="attr-heading">
      <h2 id="attr-heading">{t("sourcing", { count: review.attributions.length })}</h2>
      {review.attributions.length === 0 ? (
        <p className="small muted">{t("noAttribution")}</p>
      ) : (
        <ul className="plain small">
          {review.attributions.map((a) => (
            <li key={a.id}>
              <span className="badge">{isAttributionKind(a.kind) ? pick(ATTRIBUTION_KIND_LABELS[a.kind], locale) : a.kind}</span>{" "}
              {a.source ? (
                <bdi>{a.source.name}</bdi>
              ) : (
                <span className="muted">{a.affiliation ? <bdi>{a.affiliation}</bdi> : t("noSource")}</span>
              )}
              {a.via && (
                <>
                  {" "}
                  {t("via")} <bdi>{a.via.name}</bdi>
                </>
              )}{" "}
              · {t("grade")}{" "}
              <strong>
                {a.reliability}
                {a.credibility}
              </strong>
              {a.cue && (
                <>
                  {" "}
                  · <q dir="auto">{a.cue}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LinksPanel({ review }: { review: ClaimReview }) {
  const open = review.links.filter((l) => l.openConflict).length;
  const t = useTranslations("panels");
  const tl = useTranslations("links");
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">
        {t("links", { count: review.links.length })}
        {open > 0 && <span className="badge warn"> {t("openConflicts", { count: open })}</span>}
      </h2>
      {review.links.length === 0 ? (
        <p className="small muted">{t("noLinks")}</p>
      ) : (
        <ul className="plain small">
          {review.links.map((l) => (
            <li key={l.id}>
              <span className={l.openConflict ? "badge warn" : "badge"}>{tl(`type.${l.type as "contradicts"}`)}</span>{" "}
              <span className="badge">{tl(`status.${l.status as "proposed"}`)}</span>{" "}
              <Link href={`/claims/${l.other.id}`}>
                <q dir="auto">{l.other.quote.length > 120 ? `${l.other.quote.slice(0, 120)}…` : l.other.quote}</q>
              </Link>
              {l.resolutionNote && (
                <div className="muted" dir="auto">
                  {l.resolutionNote}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EvidenceList({ review }: { review: ClaimReview }) {
  const t = useTranslations("panels");
  const te = useTranslations("evidence");
  return (
    <ol className="plain evidence-list small" aria-label={t("evidence")}>
      {review.evidence.length === 0 && <li className="muted">{t("noEvidence")}</li>}
      {review.evidence.map((e) => (
        <li key={e.id}>
          <span className="badge">{te.has(`kind.${e.kind}` as "kind.link") ? te(`kind.${e.kind}` as "kind.link") : e.kind}</span>{" "}
          <span dir="auto" className="evidence-text">
            {e.text}
          </span>
          {e.file && (
            <>
              {" "}
              ·{" "}
              <a href={`/api/evidence/${e.id}/file`}>
                <bdi>{e.file.name}</bdi>
              </a>{" "}
              <span className="muted">
                ({Math.ceil((e.file.size ?? 0) / 1024)} KB, SHA-256 <code>{e.file.sha256?.slice(0, 12)}…</code>)
              </span>
            </>
          )}
          <div className="muted">
            <bdi>{e.author}</bdi> · <Instant at={e.at} />
          </div>
        </li>
      ))}
    </ol>
  );
}

export function DecisionsList({ review }: { review: ClaimReview }) {
  const t = useTranslations("panels");
  if (review.decisions.length === 0) return <p className="small muted">{t("noDecisions")}</p>;
  return (
    <ol className="plain small" aria-label={t("decisions")}>
      {review.decisions.map((d) => (
        <li key={d.id}>
          <VerdictBadge verdict={d.verdict} /> {t("by")} <bdi>{d.decider}</bdi> · <Instant at={d.at} />
          {d.session && (
            <>
              {" "}
              · {t("in")}{" "}
              <Link href={`/sessions/${d.session.id}`}>
                <bdi>{d.session.title}</bdi>
              </Link>
            </>
          )}
          {d.note && (
            <div dir="auto" className="muted">
              {d.note}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
