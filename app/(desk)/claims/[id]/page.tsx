import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getClaimReview } from "@/lib/review/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AttributionsPanel, ClaimContext, DecisionsList, EvidenceList, LinksPanel } from "@/app/_components/claim-panels";
import { EvidenceForm } from "@/app/_components/evidence-form";
import { ClaimForm } from "./claim-form";

export const metadata: Metadata = { title: "Claim" };
export const dynamic = "force-dynamic";

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const user = await requirePageUser("read", `/claims/${id}`);
  const review = await getClaimReview(getDb(), id);
  if (!review) notFound();
  const { claim } = review;
  const canWrite = can(user.role, "write");
  return (
    <>
      <h1>Claim</h1>
      <p className="small">
        <span className="badge">{claim.verdict}</span> <span className="badge">{claim.status}</span> · version {claim.version}
        {review.updatedBy && (
          <>
            {" "}
            · last changed by <bdi>{review.updatedBy}</bdi>
          </>
        )}{" "}
        · <Link href={`/claims/${claim.id}/history`}>History of this claim</Link>
      </p>
      <div className="two-columns">
        <div>
          <ClaimContext review={review} />
          <AttributionsPanel review={review} />
          <LinksPanel review={review} />
        </div>
        <div>
          {canWrite && <ClaimForm claim={claim} />}
          <section className="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence ({review.evidence.length})</h2>
            <EvidenceList review={review} />
            {canWrite && <EvidenceForm claimId={claim.id} />}
          </section>
          <section className="panel" aria-labelledby="decisions-heading">
            <h2 id="decisions-heading">Decisions</h2>
            <DecisionsList review={review} />
          </section>
        </div>
      </div>
    </>
  );
}
