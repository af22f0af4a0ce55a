import Link from "next/link";
import { useTranslations } from "next-intl";
import { Instant } from "@/app/_components/instant";
import { StatusBadge, VerdictBadge } from "@/app/_components/verdict-badge";
import type { ClaimMatch } from "@/lib/matching/data";
import { readableTerms } from "@/lib/matching/terms";

// Claims of other articles that may assert the same thing, with why they match and, when one was
// decided, "checked before": its verdict, when, and in which session.

export function MatchesPanel({ matches }: { matches: ClaimMatch[] }) {
  const t = useTranslations("matching");
  const checked = matches.find((m) => m.decided);
  return (
    <section className="panel" aria-labelledby="matches-heading">
      <h2 id="matches-heading">{t("heading", { count: matches.length })}</h2>
      {checked?.decided && (
        <p className="small" role="note">
          <strong>{t("checkedBefore")}</strong> <VerdictBadge verdict={checked.decided.verdict} /> ·{" "}
          <Instant at={checked.decided.at} />
          {checked.decided.sessionId && (
            <>
              {" "}
              ·{" "}
              <Link href={`/sessions/${checked.decided.sessionId}`}>
                <bdi>{checked.decided.sessionTitle}</bdi>
              </Link>
            </>
          )}
        </p>
      )}
      {matches.length === 0 ? (
        <p className="small muted">{t("none")}</p>
      ) : (
        <ol className="plain small">
          {matches.map((m) => {
            const { shown, concepts } = readableTerms(m.shared);
            return (
              <li key={m.claimId}>
                <Link href={`/claims/${m.claimId}`} dir="auto">
                  {m.quote}
                </Link>{" "}
                <VerdictBadge verdict={m.verdict} /> <StatusBadge status={m.status} />
                <div className="muted">
                  <Link href={`/articles/${m.articleId}`}>
                    <bdi>{m.articleTitle}</bdi>
                  </Link>{" "}
                  · {t("score", { score: m.score })}
                  {shown.length > 0 && (
                    <>
                      {" "}
                      · {t("shared")} <bdi>{shown.join("، ")}</bdi>
                    </>
                  )}
                  {concepts > 0 && <> · {t("concepts", { count: concepts })}</>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
