import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getClaim } from "@/lib/claims/data";
import { listEvents } from "@/lib/history/data";
import { filterEvents, filterOptions } from "@/lib/history/filter";
import { claimHistoryIds } from "@/lib/review/data";
import { restorableFields } from "@/lib/review/schema";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { HistoryFilter, HistoryList } from "@/app/_components/history-list";
import { RestoreButton } from "./restore-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("claimTitle") };
}
export const dynamic = "force-dynamic";

type Search = Promise<{ actor?: string; action?: string }>;

export default async function ClaimHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Search;
}) {
  const id = (await params).id;
  const user = await requirePageUser("read", `/claims/${id}/history`);
  const [claim, ids] = await Promise.all([getClaim(getDb(), id), claimHistoryIds(getDb(), id)]);
  if (!claim || !ids) notFound();
  const all = (await listEvents(getDb(), { entityIds: ids }, 1, 1000)).items;
  const { actor, action } = await searchParams;
  const events = filterEvents(all, { actor, action });
  const writable = can(user.role, "write");
  const t = await getTranslations("history");
  return (
    <>
      <h1>{t("claimHeading")}</h1>
      <p>
        <q dir="auto" className="quote-preview">
          {claim.quote}
        </q>{" "}
        <Link href={`/claims/${claim.id}`}>{t("backToClaim")}</Link> ·{" "}
        <Link href={`/articles/${claim.articleId}`}>{t("theArticle")}</Link>
      </p>
      <HistoryFilter {...filterOptions(all)} actor={actor} action={action} />
      <HistoryList
        events={events}
        fieldAction={(e, field, before) => {
          const restorable = (restorableFields as readonly string[]).includes(field)
            ? (field as (typeof restorableFields)[number])
            : null;
          if (!writable || !restorable || e.entityType !== "claim" || e.entityId !== claim.id) return null;
          if (before === claim[restorable] || (restorable !== "statement" && typeof before !== "string")) return null;
          return (
            <RestoreButton
              claimId={claim.id}
              version={claim.version}
              seq={e.seq}
              field={restorable}
              value={String(before ?? "—")}
              current={String(claim[restorable] ?? "—")}
            />
          );
        }}
      />
    </>
  );
}
