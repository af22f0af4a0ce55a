import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getSession, queueFilterOptions } from "@/lib/review/data";
import { formatDuration } from "@/lib/review/rules";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { QueueFiller } from "./queue-filler";
import { QueueTable } from "./queue-table";
import { SessionControls } from "./session-controls";
import { ExportMenu } from "@/app/_components/export-menu";

export const metadata: Metadata = { title: "Review session" };
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
  return (
    <>
      <h1>
        <bdi>{session.title}</bdi>
      </h1>
      <p className="small">
        {session.date} · <span className="badge">{open ? "open" : "signed off"}</span> · created by <bdi>{session.createdBy}</bdi>
      </p>
      <div className="progress-line">
        <progress value={decided} max={Math.max(1, session.items.length)} aria-label="Decided" />{" "}
        <span>
          Decided {decided} of {session.items.length}
        </span>
      </div>
      <p>
        {session.items.length > 0 && (
          <Link className="btn" href={`/sessions/${id}/review`}>
            {open ? "Start review" : "Read the decisions"}
          </Link>
        )}{" "}
        <Link href={`/sessions/${id}/history`}>History of this session</Link>
      </p>
      {session.items.length > 0 && <ExportMenu scope={{ session: id }} />}
      <SessionControls
        sessionId={id}
        version={session.version}
        status={session.status}
        canSignOff={can(user.role, "write")}
        canReopen={can(user.role, "reopen_session")}
      />
      <h2>Participants</h2>
      <p className="small">
        {session.participants.length === 0 && <span className="muted">none named</span>}
        {session.participants.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ", "}
            <bdi>{p.label}</bdi>
          </span>
        ))}
      </p>
      {session.summary && (
        <section className="panel summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Sign-off summary</h2>
          <p className="small">
            Signed off by <bdi>{session.signedOffBy}</bdi> at {session.signedOffAt?.replace("T", " ").slice(0, 19)} UTC · duration{" "}
            {formatDuration(session.summary.durationMinutes)}
          </p>
          <dl className="meta-list small">
            <dt>Claims decided</dt>
            <dd>
              {session.summary.decided} of {session.summary.total}
            </dd>
            {Object.entries(session.summary.perVerdict)
              .filter(([, n]) => n > 0)
              .map(([verdict, n]) => (
                <div key={verdict} className="contents">
                  <dt>{verdict}</dt>
                  <dd>{n}</dd>
                </div>
              ))}
            <dt>Conflicts resolved</dt>
            <dd>{session.summary.conflictsResolved}</dd>
            <dt>Participants</dt>
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
                <dt>History head at sign-off</dt>
                <dd>
                  event #{session.signOffHead.seq} · <code className="hash">{session.signOffHead.hash}</code>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
      <h2>Queue ({session.items.length})</h2>
      <QueueTable sessionId={id} items={session.items} canWrite={canWrite} />
      {canWrite && options && (
        <QueueFiller sessionId={id} articles={options.articles} outlets={options.outlets} places={options.places} />
      )}
    </>
  );
}
