import Link from "next/link";
import type { ClaimReview } from "@/lib/review/data";

const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/** The claim in its paragraph, the span highlighted. */
export function ClaimContext({ review }: { review: ClaimReview }) {
  const dir = review.article.language === "ar" ? "rtl" : "ltr";
  return (
    <section className="panel" aria-labelledby="context-heading">
      <h2 id="context-heading">In its article</h2>
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
          <mark>{review.claim.quote}</mark> <span className="small muted">(orphaned: no longer in the current revision)</span>
        </p>
      )}
      {review.claim.statement && (
        <p className="statement" dir="auto">
          <span className="small muted">Statement: </span>
          {review.claim.statement}
        </p>
      )}
    </section>
  );
}

export function AttributionsPanel({ review }: { review: ClaimReview }) {
  return (
    <section className="panel" aria-labelledby="attr-heading">
      <h2 id="attr-heading">Sourcing ({review.attributions.length})</h2>
      {review.attributions.length === 0 ? (
        <p className="small muted">No attribution yet.</p>
      ) : (
        <ul className="plain small">
          {review.attributions.map((a) => (
            <li key={a.id}>
              <span className="badge">{a.kind}</span>{" "}
              {a.source ? (
                <bdi>{a.source.name}</bdi>
              ) : (
                <span className="muted">{a.affiliation ? <bdi>{a.affiliation}</bdi> : "no named source"}</span>
              )}
              {a.via && (
                <>
                  {" "}
                  via <bdi>{a.via.name}</bdi>
                </>
              )}{" "}
              · grade{" "}
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
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">
        Links ({review.links.length})
        {open > 0 && (
          <span className="badge warn">
            {" "}
            {open} open conflict{open === 1 ? "" : "s"}
          </span>
        )}
      </h2>
      {review.links.length === 0 ? (
        <p className="small muted">No links or conflicts.</p>
      ) : (
        <ul className="plain small">
          {review.links.map((l) => (
            <li key={l.id}>
              <span className={l.openConflict ? "badge warn" : "badge"}>{l.type}</span> <span className="badge">{l.status}</span>{" "}
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
  return (
    <ol className="plain evidence-list small" aria-label="Evidence">
      {review.evidence.length === 0 && <li className="muted">No evidence yet.</li>}
      {review.evidence.map((e) => (
        <li key={e.id}>
          <span className="badge">{e.kind}</span>{" "}
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
            <bdi>{e.author}</bdi> · <time dateTime={e.at}>{when(e.at)}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function DecisionsList({ review }: { review: ClaimReview }) {
  if (review.decisions.length === 0) return <p className="small muted">No decisions yet.</p>;
  return (
    <ol className="plain small" aria-label="Decisions">
      {review.decisions.map((d) => (
        <li key={d.id}>
          <span className="badge">{d.verdict}</span> by <bdi>{d.decider}</bdi> · <time dateTime={d.at}>{when(d.at)}</time>
          {d.session && (
            <>
              {" "}
              · in{" "}
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
