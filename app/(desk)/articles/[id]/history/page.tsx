import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { getArticleHistory } from "@/lib/articles/data";
import { HistoryList } from "@/app/_components/history-list";

export const metadata: Metadata = { title: "Article history" };
export const dynamic = "force-dynamic";

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const events = await getArticleHistory(getDb(), id);
  return (
    <>
      <h1>History of the article and its claims</h1>
      <p>
        <Link href={`/articles/${id}`}>Back to the article</Link>
      </p>
      <HistoryList events={events} />
    </>
  );
}
