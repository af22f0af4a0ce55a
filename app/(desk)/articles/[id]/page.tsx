import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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

// One read per request: the metadata and the page share it.
const loadArticle = cache((id: string) => getArticle(getDb(), id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? (await getTranslations("article"))("title") };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("read");
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const dir = article.language === "ar" ? "rtl" : "ltr";
  const t = await getTranslations("article");
  return (
    <>
      <h1 dir={dir} lang={article.language}>
        {article.title}
      </h1>
      <dl className="meta-list small">
        <dt>{t("outlet")}</dt>
        <dd>{article.outlet ? <bdi>{article.outlet.name}</bdi> : <span className="muted">{t("unknownOutlet")}</span>}</dd>
        <dt>{t("published")}</dt>
        <dd>
          <PublishedDate date={article.publishedAt} precision={article.datePrecision} />
        </dd>
        {article.url && (
          <>
            <dt>{t("url")}</dt>
            <dd>
              <bdi>{article.url}</bdi>
            </dd>
          </>
        )}
        {article.file && (
          <>
            <dt>{t("file")}</dt>
            <dd>
              <bdi>{article.file}</bdi>
            </dd>
          </>
        )}
        <dt>{t("revision")}</dt>
        <dd>
          {t("revisionOf", { n: article.revision, total: article.revisionCount })} · SHA-256{" "}
          <code className="small">{article.contentHash.slice(0, 16)}…</code>
        </dd>
        {article.republishedFrom && (
          <>
            <dt>{t("republishedFrom")}</dt>
            <dd>
              <a href={`/articles/${article.republishedFrom.id}`}>
                <bdi>{article.republishedFrom.title}</bdi>
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="small">
        <a href={`/articles/${article.id}/history`}>{t("history")}</a>
      </p>
      <ExportMenu scope={{ article: article.id }} />
      <ClaimLinksProvider
        links={await linksForClaims(
          getDb(),
          article.claims.map((c) => c.id),
        )}
      >
        <ArticleWorkbench article={article} canWrite={can(user.role, "write")} canMark={can(user.role, "write")} />
      </ClaimLinksProvider>
    </>
  );
}
