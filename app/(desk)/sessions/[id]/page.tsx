import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { getSession, queueFilterOptions } from "@/lib/review/data";
import { splitDuration } from "@/lib/review/rules";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { QueueFiller } from "./queue-filler";
import { QueueTable } from "./queue-table";
import { SessionControls } from "./session-controls";
import { ExportMenu } from "@/app/_components/export-menu";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { Day } from "@/app/_components/instant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("session"))("title") };
}
export const dynamic = "force-dynamic";

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const user = await requirePageUser("read", `/sessions/${id}`);
  const session = await getSession(getDb(), id);
  if (!session) notFound();
  const open = session.status === "open";
  const canWrite = can(user.role, "write") && open;
  const decided = session.items.filter((i) => i.verdict).length;
  const options = canWrite ? await queueFilterOptions(getDb()) : null;
  const t = await getTranslations("session");
  const format = await getFormatter();
  return (
    <>
      <h1>
        <bdi>{session.title}</bdi>
      </h1>
      <p className="small">
        <Day day={session.date} /> · <span className="badge">{t(open ? "open" : "signedOff")}</span> ·{" "}
        {t.rich("createdBy", { who: session.createdBy, bdi: (c) => <bdi>{c}</bdi> })}
      </p>
      <div className="progress-line">
        <progress value={decided} max={Math.max(1, session.items.length)} aria-label={t("decidedLabel")} />{" "}
        <span>{t("decidedOf", { decided, total: session.items.length })}</span>
      </div>
      <p>
        {session.items.length > 0 && (
          <Link className="btn" href={`/sessions/${id}/review`}>
            {t(open ? "start" : "read")}
          </Link>
        )}{" "}
        <Link href={`/sessions/${id}/history`}>{t("history")}</Link>
      </p>
      {session.items.length > 0 && <ExportMenu scope={{ session: id }} />}
      <SessionControls
        sessionId={id}
        version={session.version}
        status={session.status}
        canSignOff={can(user.role, "write")}
        canReopen={can(user.role, "reopen_session")}
      />
      <h2>{t("participants")}</h2>
      <p className="small">
        {session.participants.length === 0 && <span className="muted">{t("noneNamed")}</span>}
        {session.participants.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ", "}
            <bdi>{p.label}</bdi>
          </span>
        ))}
      </p>
      {session.summary && (
        <section className="panel summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t("summary")}</h2>
          <p className="small">
            {t.rich("signedOffBy", {
              who: session.signedOffBy ?? "",
              at: session.signedOffAt
                ? format.dateTime(new Date(session.signedOffAt), { dateStyle: "medium", timeStyle: "medium" })
                : "",
              duration: t("duration", splitDuration(session.summary.durationMinutes)),
              bdi: (c) => <bdi>{c}</bdi>,
            })}
          </p>
          <dl className="meta-list small">
            <dt>{t("claimsDecided")}</dt>
            <dd>{t("of", { n: session.summary.decided, total: session.summary.total })}</dd>
            {Object.entries(session.summary.perVerdict)
              .filter(([, n]) => n > 0)
              .map(([verdict, n]) => (
                <div key={verdict} className="contents">
                  <dt>
                    <VerdictBadge verdict={verdict} />
                  </dt>
                  <dd>{n}</dd>
                </div>
              ))}
            <dt>{t("conflictsResolved")}</dt>
            <dd>{session.summary.conflictsResolved}</dd>
            <dt>{t("participants")}</dt>
            <dd>
              {session.summary.participants.map((p, i) => (
                <span key={p}>
                  {i > 0 && ", "}
                  <bdi>{p}</bdi>
                </span>
              ))}
            </dd>
            {session.signOffHead && (
              <>
                <dt>{t("head")}</dt>
                <dd>
                  {t("event", { seq: session.signOffHead.seq })} · <code className="hash">{session.signOffHead.hash}</code>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
      <h2>{t("queue", { count: session.items.length })}</h2>
      <QueueTable sessionId={id} items={session.items} canWrite={canWrite} />
      {canWrite && options && (
        <QueueFiller sessionId={id} articles={options.articles} outlets={options.outlets} places={options.places} />
      )}
    </>
  );
}
