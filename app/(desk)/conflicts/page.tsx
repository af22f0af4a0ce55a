import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { facetOptions, linkStatusCounts, listLinks } from "@/lib/links/data";
import { LINK_TYPE_LABELS } from "@/lib/links/labels";
import { linksQuerySchema, linkTypes } from "@/lib/links/schema";
import { ConflictBoard } from "./board";

export const metadata: Metadata = { title: "Conflicts" };
export const dynamic = "force-dynamic";

const tabs = [
  { id: "open", label: "Open", status: "proposed,confirmed" },
  { id: "proposed", label: "Proposed", status: "proposed" },
  { id: "confirmed", label: "Confirmed", status: "confirmed" },
  { id: "resolved", label: "Resolved", status: "resolved" },
  { id: "dismissed", label: "Dismissed", status: "dismissed" },
  { id: "all", label: "All", status: "" },
] as const;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser("read", "/conflicts");
  const sp = await searchParams;
  const tab = tabs.find((t) => t.id === one(sp.tab)) ?? tabs[0];
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
      <h1>Conflicts</h1>
      <p className="small muted">
        Pairs of claims the workbench found to contradict or corroborate each other, and the links editors made. Keys: J / K move,
        C confirm, D dismiss, R resolve (type the note, Enter saves, Escape cancels).
      </p>
      <nav aria-label="Status" className="tabs">
        {tabs.map((t) => (
          <Link key={t.id} href={href({ tab: t.id, page: "" })} aria-current={t.id === tab.id ? "page" : undefined}>
            {t.label} ({countOf(t.status)})
          </Link>
        ))}
      </nav>
      <form className="filter-bar" method="get" action="/conflicts">
        <input type="hidden" name="tab" value={tab.id} />
        <label>
          Type{" "}
          <select name="type" defaultValue={type}>
            {linkTypes.map((t) => (
              <option key={t} value={t}>
                {LINK_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Place{" "}
          <select name="place" defaultValue={query.place ?? ""}>
            <option value="">any place</option>
            {options.places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor{" "}
          <select name="actor" defaultValue={query.actor ?? ""}>
            <option value="">any actor</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label} ({a.count})
              </option>
            ))}
          </select>
        </label>
        <button className="btn secondary" type="submit">
          Filter
        </button>
        {(query.place || query.actor) && (
          <Link
            className="small"
            href={`/timeline?${new URLSearchParams({ place: query.place ?? "", actor: query.actor ?? "" })}`}
          >
            Timeline of this selection
          </Link>
        )}
      </form>
      <p className="small muted table-meta" aria-live="polite">
        {links.total} {links.total === 1 ? "link" : "links"}
      </p>
      <ConflictBoard links={links.items} canWrite={can(user.role, "write")} />
      {pages > 1 && (
        <p className="pager small">
          {query.page > 1 && <Link href={href({ page: String(query.page - 1) })}>Previous</Link>}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages && <Link href={href({ page: String(query.page + 1) })}>Next</Link>}
        </p>
      )}
    </>
  );
}
