import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { facetOptions, linkStatusCounts, listLinks } from "@/lib/links/data";
import { linksQuerySchema, linkTypes } from "@/lib/links/schema";
import { FacetSelect } from "@/app/_components/facet-select";
import { ConflictBoard } from "./board";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conflicts"))("title") };
}
export const dynamic = "force-dynamic";

const tabs = [
  { id: "open", status: "proposed,confirmed" },
  { id: "proposed", status: "proposed" },
  { id: "confirmed", status: "confirmed" },
  { id: "resolved", status: "resolved" },
  { id: "dismissed", status: "dismissed" },
  { id: "all", status: "" },
] as const;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser("read", "/conflicts");
  const sp = await searchParams;
  const t = await getTranslations("conflicts");
  const tl = await getTranslations("links");
  const tab = tabs.find((x) => x.id === one(sp.tab)) ?? tabs[0];
  const type = (linkTypes as readonly string[]).includes(one(sp.type)) ? one(sp.type) : "contradicts";
  const raw = { type, status: tab.status || undefined, place: one(sp.place), actor: one(sp.actor), page: one(sp.page) || "1" };
  const parsed = linksQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : linksQuerySchema.parse({ type, status: tab.status || undefined });
  const db = getDb();
  const [links, counts, options] = await Promise.all([
    listLinks(db, { ...query, pageSize: 100 }),
    linkStatusCounts(db, { type: query.type, place: query.place, actor: query.actor }),
    facetOptions(db),
  ]);
  const href = (change: Record<string, string>) => {
    const p = new URLSearchParams({ tab: tab.id, type, place: query.place ?? "", actor: query.actor ?? "", ...change });
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    return `/conflicts?${p}`;
  };
  const countOf = (status: string) =>
    status
      ? status.split(",").reduce((n, s) => n + counts[s as keyof typeof counts], 0)
      : Object.values(counts).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(links.total / 100));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="small muted">{t("intro")}</p>
      <nav aria-label={t("statusNav")} className="tabs">
        {tabs.map((x) => (
          <Link key={x.id} href={href({ tab: x.id, page: "" })} aria-current={x.id === tab.id ? "page" : undefined}>
            {t(`tab.${x.id}`)} ({countOf(x.status)})
          </Link>
        ))}
      </nav>
      <form className="filter-bar" method="get" action="/conflicts">
        <input type="hidden" name="tab" value={tab.id} />
        <label>
          {t("type")}{" "}
          <select name="type" defaultValue={type}>
            {linkTypes.map((lt) => (
              <option key={lt} value={lt}>
                {tl(`type.${lt}`)}
              </option>
            ))}
          </select>
        </label>
        <FacetSelect name="place" label={t("place")} any={t("anyPlace")} options={options.places} value={query.place} />
        <FacetSelect name="actor" label={t("actor")} any={t("anyActor")} options={options.actors} value={query.actor} />
        <button className="btn secondary" type="submit">
          {t("filter")}
        </button>
        {(query.place || query.actor) && (
          <Link
            className="small"
            href={`/timeline?${new URLSearchParams({ place: query.place ?? "", actor: query.actor ?? "" })}`}
          >
            {t("timeline")}
          </Link>
        )}
      </form>
      <p className="small muted table-meta" aria-live="polite">
        {t("count", { count: links.total })}
      </p>
      <ConflictBoard links={links.items} canWrite={can(user.role, "write")} />
      {pages > 1 && (
        <p className="pager small">
          {query.page > 1 && <Link href={href({ page: String(query.page - 1) })}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages && <Link href={href({ page: String(query.page + 1) })}>{t("next")}</Link>}
        </p>
      )}
    </>
  );
}
