import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { getArticleHistory } from "@/lib/articles/data";
import { HistoryList } from "@/app/_components/history-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("articleTitle") };
}
export const dynamic = "force-dynamic";

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const events = await getArticleHistory(getDb(), id);
  const t = await getTranslations("history");
  return (
    <>
      <h1>{t("articleHeading")}</h1>
      <p>
        <Link href={`/articles/${id}`}>{t("backToArticle")}</Link>
      </p>
      <HistoryList events={events} />
    </>
  );
}
