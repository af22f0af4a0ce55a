import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listArticles } from "@/lib/articles/data";
import { PublishedDate } from "@/app/_components/published-date";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pageSize } = await listArticles(getDb(), page, 100);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">
        {total} {total === 1 ? "article" : "articles"}
      </p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col">Claims</th>
            <th scope="col">Suggestions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/articles/${a.id}`} dir={a.language === "ar" ? "rtl" : "ltr"} lang={a.language}>
                  {a.title}
                </Link>
                {a.republishedFrom && (
                  <div className="small muted">
                    republished from{" "}
                    <Link href={`/articles/${a.republishedFrom.id}`}>
                      <bdi>{a.republishedFrom.title}</bdi>
                    </Link>
                  </div>
                )}
              </td>
              <td>{a.outlet ? <bdi>{a.outlet.name}</bdi> : <span className="muted">unknown outlet</span>}</td>
              <td>
                <PublishedDate date={a.publishedAt} precision={a.datePrecision} />
              </td>
              <td className="num">{a.claimCount}</td>
              <td className="num">{a.pendingSuggestions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages" className="small">
          {page > 1 && <Link href={`/articles?page=${page - 1}`}>Previous</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={`/articles?page=${page + 1}`}>Next</Link>}
        </nav>
      )}
    </>
  );
}
