import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getSession, getSessionHistory } from "@/lib/review/data";
import { filterEvents, filterOptions } from "@/lib/history/filter";
import { HistoryFilter, HistoryList } from "@/app/_components/history-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("sessionTitle") };
}
export const dynamic = "force-dynamic";

export default async function SessionHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ actor?: string; action?: string }>;
}) {
  const id = (await params).id;
  const session = await getSession(getDb(), id);
  if (!session) notFound();
  const all = await getSessionHistory(getDb(), id);
  const { actor, action } = await searchParams;
  const t = await getTranslations("history");
  return (
    <>
      <h1>{t.rich("sessionHeading", { title: session.title, bdi: (c) => <bdi>{c}</bdi> })}</h1>
      <p>
        <Link href={`/sessions/${id}`}>{t("backToSession")}</Link>
      </p>
      <HistoryFilter {...filterOptions(all)} actor={actor} action={action} />
      <HistoryList events={filterEvents(all, { actor, action })} />
    </>
  );
}
