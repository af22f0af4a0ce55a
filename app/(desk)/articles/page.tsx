import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listArticles } from "@/lib/articles/data";
import { PublishedDate } from "@/app/_components/published-date";
import { Pager } from "@/app/_components/pager";
import { articleSearchSchema } from "@/lib/articles/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string; search?: string }> }) {
  const params = await searchParams;
  const page = Math.max(1, Number(params.page) || 1);
  const parsed = articleSearchSchema.safeParse({ search: params.search });
  const search = (parsed.success && parsed.data.search) || "";
  const { items, total, pageSize } = await listArticles(getDb(), page, 100, search);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const t = await getTranslations("articles");
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="filter-bar" role="search" action="/articles">
        <label htmlFor="article-search">{t("searchLabel")}</label>
        <input id="article-search" type="search" name="search" dir="auto" defaultValue={search} />
        <button className="btn" type="submit">
          {t("search")}
        </button>
      </form>
      <p className="muted">{t("count", { count: total })}</p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("outlet")}</th>
            <th scope="col">{t("published")}</th>
            <th scope="col">{t("claims")}</th>
            <th scope="col">{t("suggestions")}</th>
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
                    {t("republishedFrom")}{" "}
                    <Link href={`/articles/${a.republishedFrom.id}`}>
                      <bdi>{a.republishedFrom.title}</bdi>
                    </Link>
                  </div>
                )}
              </td>
              <td>{a.outlet ? <bdi>{a.outlet.name}</bdi> : <span className="muted">{t("unknownOutlet")}</span>}</td>
              <td>
                <PublishedDate date={a.publishedAt} precision={a.datePrecision} />
              </td>
              <td className="num">{a.claimCount}</td>
              <td className="num">{a.pendingSuggestions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={page}
        pages={pages}
        href={(p) => `/articles?${new URLSearchParams({ ...(search ? { search } : {}), page: String(p) })}`}
      />
    </>
  );
}
