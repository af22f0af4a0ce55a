import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { explain, pick } from "@/lib/i18n/locale";
import { Pager } from "@/app/_components/pager";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { searchSources } from "@/lib/sources/data";
import { RELIABILITY_LABELS } from "@/lib/sources/grading";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}
export const dynamic = "force-dynamic";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ search?: string; page?: string }> }) {
  await requirePageUser("read", "/sources");
  const params = await searchParams;
  const search = params.search?.trim() ?? "";
  const page = Math.max(1, Number(params.page) || 1);
  const { items, total, pageSize } = await searchSources(getDb(), { search, page, pageSize: 100 });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const t = await getTranslations("sources");
  const locale = await getLocale();
  const href = (p: number) => `/sources?${new URLSearchParams({ ...(search ? { search } : {}), page: String(p) })}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="filter-bar" role="search" action="/sources">
        <label htmlFor="source-search">{t("searchLabel")}</label>
        <input
          id="source-search"
          type="search"
          name="search"
          dir="auto"
          defaultValue={search}
          placeholder="SOHR, المرصد السوري, (قسد)…"
        />
        <button className="btn" type="submit">
          {t("search")}
        </button>
      </form>
      <p className="muted">
        {t("count", { count: total })}
        {search && <> {t.rich("matching", { search, bdi: (c) => <bdi>{c}</bdi> })}</>}
      </p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("reliability")}</th>
            <th scope="col">{t("memberOf")}</th>
            <th scope="col">{t("attributions")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/sources/${s.id}`}>
                  <bdi>{s.name}</bdi>
                </Link>
                {s.matched && (
                  <div className="small muted">{t.rich("alias", { alias: s.matched, bdi: (c) => <bdi>{c}</bdi> })}</div>
                )}
              </td>
              <td>{pick(SOURCE_KIND_LABELS[s.kind], locale)}</td>
              <td title={explain(RELIABILITY_LABELS[s.reliability], locale)}>
                {s.reliability} — {pick(RELIABILITY_LABELS[s.reliability], locale)}
              </td>
              <td>
                {s.memberOf && (
                  <Link href={`/sources/${s.memberOf.id}`}>
                    <bdi>{s.memberOf.name}</bdi>
                  </Link>
                )}
              </td>
              <td className="num">{s.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={pages} href={href} />
    </>
  );
}
