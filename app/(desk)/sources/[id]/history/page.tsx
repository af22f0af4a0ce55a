import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import { getSource } from "@/lib/sources/data";
import { requirePageUser } from "@/lib/auth/session";
import { HistoryList } from "@/app/_components/history-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("sourceTitle") };
}
export const dynamic = "force-dynamic";

/** The source's own events and those of the sources merged into it. */
export default async function SourceHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  await requirePageUser("read", `/sources/${id}/history`);
  const source = await getSource(getDb(), id);
  if (!source) notFound();
  const ids = [source.id, ...source.mergedFrom.map((m) => m.id)];
  const { items } = await listEvents(getDb(), { entityType: "source", entityIds: ids }, 1, 1000);
  const t = await getTranslations("history");
  return (
    <>
      <h1>{t.rich("sourceHeading", { name: source.name, bdi: (c) => <bdi>{c}</bdi> })}</h1>
      <p className="small">
        <Link href={`/sources/${source.id}`}>{t("backToSource")}</Link>
      </p>
      <HistoryList events={items} />
    </>
  );
}
