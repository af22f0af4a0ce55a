import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { explain, pick } from "@/lib/i18n/locale";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getSource } from "@/lib/sources/data";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, type Credibility } from "@/lib/sources/grading";
import { ATTRIBUTION_KIND_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { SourceForms, SplitSourceButton } from "./source-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const source = await getSource(getDb(), (await params).id);
  return { title: source?.name ?? (await getTranslations("sources"))("one") };
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("read", `/sources/${id}`);
  const source = await getSource(getDb(), id);
  if (!source) notFound();
  const r = RELIABILITY_LABELS[source.reliability];
  const t = await getTranslations("sources");
  const locale = await getLocale();
  return (
    <>
      <p className="small">
        <Link href="/sources">{t("title")}</Link>
      </p>
      <h1 dir="auto">{source.name}</h1>
      {source.mergedInto && (
        <p className="notice">
          {t.rich("mergedInto", {
            name: source.mergedInto.name,
            link: (c) => (
              <Link href={`/sources/${source.mergedInto!.id}`}>
                <bdi>{c}</bdi>
              </Link>
            ),
          })}
          {can(user.role, "split_source") && <SplitSourceButton source={{ id: source.id, version: source.version }} />}
        </p>
      )}
      <dl className="meta-list small">
        <dt>{t("kind")}</dt>
        <dd>{pick(SOURCE_KIND_LABELS[source.kind], locale)}</dd>
        <dt>{t("reliability")}</dt>
        <dd title={explain(r, locale)}>
          {source.reliability} — {pick(r, locale)} <span className="muted">({explain(r, locale)})</span>
        </dd>
        <dt>{t("memberOf")}</dt>
        <dd>
          {source.memberOf ? (
            <Link href={`/sources/${source.memberOf.id}`}>
              <bdi>{source.memberOf.name}</bdi>
            </Link>
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        {source.articleCount > 0 && (
          <>
            <dt>{t("articles")}</dt>
            <dd>{source.articleCount}</dd>
          </>
        )}
        {source.mergedFrom.length > 0 && (
          <>
            <dt>{t("mergedFrom")}</dt>
            <dd>
              {source.mergedFrom.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ", "}
                  <Link href={`/sources/${m.id}`}>
                    <bdi>{m.name}</bdi>
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <h2>{t("aliases", { count: source.aliases.length })}</h2>
      <ul className="alias-list">
        {source.aliases.map((a) => (
          <li key={a}>
            <bdi>{a}</bdi>
          </li>
        ))}
      </ul>
      {source.members.length > 0 && (
        <>
          <h2>{t("members", { count: source.members.length })}</h2>
          <ul>
            {source.members.map((m) => (
              <li key={m.id}>
                <Link href={`/sources/${m.id}`}>
                  <bdi>{m.name}</bdi>
                </Link>{" "}
                <span className="small muted">{pick(SOURCE_KIND_LABELS[m.kind], locale)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("claims", { count: source.claims.length })}</h2>
      {source.claims.length === 0 ? (
        <p className="small muted">{t("noClaims")}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t("claim")}</th>
              <th scope="col">{t("article")}</th>
              <th scope="col">{t("as")}</th>
              <th scope="col">{t("grades")}</th>
              <th scope="col">{t("sourcing")}</th>
            </tr>
          </thead>
          <tbody>
            {source.claims.map((c) => {
              const dir = c.article.language === "ar" ? "rtl" : "ltr";
              return (
                <tr key={c.id}>
                  <td>
                    <Link
                      href={`/articles/${c.article.id}#claim-${c.id}`}
                      className="quote-cell"
                      dir={dir}
                      lang={c.article.language}
                    >
                      {c.quote}
                    </Link>
                  </td>
                  <td>
                    <Link href={`/articles/${c.article.id}`} dir={dir} lang={c.article.language}>
                      {c.article.title}
                    </Link>
                  </td>
                  <td>
                    {t(c.role === "via" ? "relayed" : "source")} · {pick(ATTRIBUTION_KIND_LABELS[c.kind], locale)}
                  </td>
                  <td
                    title={`${pick(RELIABILITY_LABELS[c.reliability], locale)}; ${pick(CREDIBILITY_LABELS[c.credibility as Credibility], locale)}`}
                  >
                    {c.reliability}
                    {c.credibility}
                  </td>
                  <td className="num">{c.sourcingStrength}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {can(user.role, "write") && !source.mergedInto && (
        <SourceForms source={{ id: source.id, name: source.name, version: source.version }} />
      )}
      <p className="small">
        <Link href={`/sources/${source.id}/history`}>{t("history")}</Link>
      </p>
    </>
  );
}
