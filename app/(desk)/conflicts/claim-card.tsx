import Link from "next/link";
import type { ClaimCard as Card } from "@/lib/links/data";
import { QUESTION_LABELS, STANCE_LABELS } from "@/lib/links/labels";
import { PublishedDate } from "@/app/_components/published-date";

/** One side of a link: the quote in its own direction, where it comes from, and what the workbench read in it. */
export function ClaimCard({ claim, label }: { claim: Card; label: string }) {
  const rtl = claim.language === "ar";
  return (
    <div className="link-side">
      <div className="small muted">{label}</div>
      <blockquote dir={rtl ? "rtl" : "ltr"} lang={claim.language} className="link-quote">
        {claim.quote}
      </blockquote>
      <div className="small">
        {claim.outlet ? <bdi>{claim.outlet}</bdi> : <span className="muted">unknown outlet</span>} ·{" "}
        <PublishedDate date={claim.publishedAt} precision={claim.datePrecision} /> ·{" "}
        <Link href={`/articles/${claim.articleId}#claim-${claim.id}`}>
          <bdi>{claim.articleTitle}</bdi>
        </Link>
      </div>
      <div className="small badges">
        {claim.attributionKinds.length > 0 && (
          <span className="badge" title="Sourcing strength (0–100)">
            sourcing {claim.sourcingStrength} · {claim.attributionKinds.join(", ").replaceAll("_", " ")}
          </span>
        )}
        {claim.stances.map((s) => {
          const l = STANCE_LABELS[s.value] ?? STANCE_LABELS.none;
          return (
            <span key={s.question} className="badge stance" style={{ borderColor: l.color, color: l.color }}>
              <span aria-hidden="true">{l.symbol}</span> {l.label}
              {s.negated ? " (denial)" : ""} <span className="muted">· {QUESTION_LABELS[s.question] ?? s.question}</span>
            </span>
          );
        })}
        <span className="badge">time {claim.timeLabel}</span>
        {claim.archived && <span className="badge">archived</span>}
      </div>
    </div>
  );
}
