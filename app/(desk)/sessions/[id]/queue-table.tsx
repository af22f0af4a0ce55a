"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { useFailureText } from "@/app/_components/failure-text";
import type { SessionDetail } from "@/lib/review/data";
import { moveItemAction } from "@/lib/review/actions";

export function QueueTable({
  sessionId,
  items,
  canWrite,
}: {
  sessionId: string;
  items: SessionDetail["items"];
  canWrite: boolean;
}) {
  const t = useTranslations("session");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  if (items.length === 0) return <p className="muted">{t("empty")}</p>;
  const move = (claimId: string, direction: "up" | "down") =>
    startTransition(async () => {
      const r = await moveItemAction({ sessionId, claimId, direction });
      if (r.ok) {
        setMessage(null);
        router.refresh();
      } else setMessage(failureText(r));
    });
  return (
    <>
      {message && (
        <p role="alert" className="alert">
          {message}
        </p>
      )}
      <table className="list" aria-label={t("queueLabel")}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("claim")}</th>
            <th scope="col">{t("article")}</th>
            <th scope="col">{t("verdict")}</th>
            <th scope="col">{t("decidedBy")}</th>
            {canWrite && <th scope="col">{t("order")}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={item.claimId}>
              <td className="num">{i + 1}</td>
              <td>
                <Link href={`/sessions/${sessionId}/review?i=${i}`}>
                  <q dir={item.article.language === "ar" ? "rtl" : "ltr"} lang={item.article.language}>
                    {item.quote.length > 140 ? `${item.quote.slice(0, 140)}…` : item.quote}
                  </q>
                </Link>
              </td>
              <td className="small">
                <bdi>{item.article.title}</bdi>
              </td>
              <td>
                {item.verdict ? <VerdictBadge verdict={item.verdict} /> : <span className="muted small">{t("undecided")}</span>}
              </td>
              <td className="small">{item.decidedBy ? <bdi>{item.decidedBy}</bdi> : "—"}</td>
              {canWrite && (
                <td className="nowrap">
                  <button
                    type="button"
                    className="btn secondary small"
                    disabled={pending || i === 0}
                    aria-label={t("up", { n: i + 1 })}
                    onClick={() => move(item.claimId, "up")}
                  >
                    ↑
                  </button>{" "}
                  <button
                    type="button"
                    className="btn secondary small"
                    disabled={pending || i === items.length - 1}
                    aria-label={t("down", { n: i + 1 })}
                    onClick={() => move(item.claimId, "down")}
                  >
                    ↓
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
