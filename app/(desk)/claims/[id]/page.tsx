import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge, VerdictBadge } from "@/app/_components/verdict-badge";
import { getDb } from "@/lib/db/client";
import { getClaimReview } from "@/lib/review/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AttributionsPanel, ClaimContext, DecisionsList, EvidenceList, LinksPanel } from "@/app/_components/claim-panels";
import { EvidenceForm } from "@/app/_components/evidence-form";
import { MatchesPanel } from "@/app/_components/matches-panel";
import { matchesFor } from "@/lib/matching/data";
import { ClaimForm } from "./claim-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claim"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const user = await requirePageUser("read", `/claims/${id}`);
  const review = await getClaimReview(getDb(), id);
  if (!review) notFound();
  const { claim } = review;
  const matches = await matchesFor(getDb(), claim.id);
  const canWrite = can(user.role, "write");
  const t = await getTranslations("claim");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="small">
        <VerdictBadge verdict={claim.verdict} /> <StatusBadge status={claim.status} /> ·{" "}
        {t("version", { version: claim.version })}
        {review.updatedBy && <> · {t.rich("lastChanged", { who: review.updatedBy, bdi: (c) => <bdi>{c}</bdi> })}</>} ·{" "}
        <Link href={`/claims/${claim.id}/history`}>{t("history")}</Link>
      </p>
      <div className="two-columns">
        <div>
          <ClaimContext review={review} />
          <AttributionsPanel review={review} />
          <LinksPanel review={review} />
          <MatchesPanel matches={matches} />
        </div>
        <div>
          {canWrite && <ClaimForm claim={claim} />}
          <section className="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{t("evidence", { count: review.evidence.length })}</h2>
            <EvidenceList review={review} />
            {canWrite && <EvidenceForm claimId={claim.id} />}
          </section>
          <section className="panel" aria-labelledby="decisions-heading">
            <h2 id="decisions-heading">{t("decisions")}</h2>
            <DecisionsList review={review} />
          </section>
        </div>
      </div>
    </>
  );
}
