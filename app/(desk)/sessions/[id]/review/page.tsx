import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { getReviewPosition } from "@/lib/review/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AttributionsPanel, ClaimContext, DecisionsList, EvidenceList, LinksPanel } from "@/app/_components/claim-panels";
import { HistoryList } from "@/app/_components/history-list";
import { ReviewMode } from "./review-mode";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}
export const dynamic = "force-dynamic";

/** Server-rendered on every move, so each editor sees the others' decisions on their next navigation. */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ i?: string }>;
}) {
  const id = (await params).id;
  const user = await requirePageUser("read", `/sessions/${id}/review`);
  const found = await getReviewPosition(getDb(), id, Number((await searchParams).i) || 0);
  if (!found) notFound();
  const { session, index, item, review } = found;
  const t = await getTranslations("review");
  if (!item || !review) {
    return (
      <>
        <h1>
          <bdi>{session.title}</bdi>
        </h1>
        <p className="muted">{t.rich("emptyQueue", { link: (c) => <Link href={`/sessions/${id}`}>{c}</Link> })}</p>
      </>
    );
  }
  return (
    <ReviewMode
      key={item.claimId}
      session={{ id, title: session.title, status: session.status }}
      index={index}
      items={session.items.map((i) => ({ claimId: i.claimId, verdict: i.verdict }))}
      claim={review.claim}
      updatedBy={review.updatedBy}
      decision={item.verdict ? { verdict: item.verdict, note: item.note, by: item.decidedBy, at: item.decidedAt } : null}
      canWrite={can(user.role, "write") && session.status === "open"}
      panels={
        <>
          <ClaimContext review={review} />
          <AttributionsPanel review={review} />
          <LinksPanel review={review} />
        </>
      }
      evidence={<EvidenceList review={review} />}
      history={
        <>
          <DecisionsList review={review} />
          <details>
            <summary>{t("historyOf", { count: review.events.length })}</summary>
            <HistoryList events={review.events} />
          </details>
        </>
      }
    />
  );
}
