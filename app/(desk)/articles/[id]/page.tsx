import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getArticle } from "@/lib/articles/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { PublishedDate } from "@/app/_components/published-date";
import { ArticleWorkbench } from "./workbench";
import { ClaimLinksProvider } from "./claim-links";
import { linksForClaims } from "@/lib/links/data";
import { ExportMenu } from "@/app/_components/export-menu";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await getArticle(getDb(), (await params).id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("read");
  const article = await getArticle(getDb(), (await params).id);
  if (!article) notFound();
  const dir = article.language === "ar" ? "rtl" : "ltr";
  return (
    <>
      <h1 dir={dir} lang={article.language}>
        {article.title}
      </h1>
      <dl className="meta-list small">
        <dt>Outlet</dt>
        <dd>{article.outlet ? <bdi>{article.outlet.name}</bdi> : <span className="muted">unknown outlet</span>}</dd>
        <dt>Published</dt>
        <dd>
          <PublishedDate date={article.publishedAt} precision={article.datePrecision} />
        </dd>
        {article.url && (
          <>
            <dt>URL</dt>
            <dd>
              <bdi>{article.url}</bdi>
            </dd>
          </>
        )}
        {article.file && (
          <>
            <dt>File</dt>
            <dd>
              <bdi>{article.file}</bdi>
            </dd>
          </>
        )}
        <dt>Revision</dt>
        <dd>
          {article.revision} of {article.revisionCount} · SHA-256{" "}
          <code className="small">{article.contentHash.slice(0, 16)}…</code>
        </dd>
        {article.republishedFrom && (
          <>
            <dt>Republished from</dt>
            <dd>
              <a href={`/articles/${article.republishedFrom.id}`}>
                <bdi>{article.republishedFrom.title}</bdi>
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="small">
        <a href={`/articles/${article.id}/history`}>History of this article</a>
      </p>
      <ExportMenu scope={{ article: article.id }} />
      <ClaimLinksProvider
        links={await linksForClaims(
          getDb(),
          article.claims.map((c) => c.id),
        )}
      >
        <ArticleWorkbench article={article} canWrite={can(user.role, "write")} />
      </ClaimLinksProvider>
    </>
  );
}
