import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { searchSources } from "@/lib/sources/data";
import { RELIABILITY_LABELS } from "@/lib/sources/grading";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ search?: string; page?: string }> }) {
  await requirePageUser("read", "/sources");
  const params = await searchParams;
  const search = params.search?.trim() ?? "";
  const page = Math.max(1, Number(params.page) || 1);
  const { items, total, pageSize } = await searchSources(getDb(), { search, page, pageSize: 100 });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => `/sources?${new URLSearchParams({ ...(search ? { search } : {}), page: String(p) })}`;
  return (
    <>
      <h1>Sources</h1>
      <form className="filter-bar" role="search" action="/sources">
        <label htmlFor="source-search">Search by any name or alias</label>
        <input
          id="source-search"
          type="search"
          name="search"
          dir="auto"
          defaultValue={search}
          placeholder="SOHR, المرصد السوري, (قسد)…"
        />
        <button className="btn" type="submit">
          Search
        </button>
      </form>
      <p className="muted">
        {total} {total === 1 ? "source" : "sources"}
        {search && (
          <>
            {" "}
            matching <bdi>{search}</bdi>
          </>
        )}
      </p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Default reliability</th>
            <th scope="col">Member of</th>
            <th scope="col">Attributions</th>
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
                  <div className="small muted">
                    alias <bdi>{s.matched}</bdi>
                  </div>
                )}
              </td>
              <td>{SOURCE_KIND_LABELS[s.kind].en}</td>
              <td title={RELIABILITY_LABELS[s.reliability].explainEn}>
                {s.reliability} — {RELIABILITY_LABELS[s.reliability].en}
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
      {pages > 1 && (
        <nav aria-label="Pages" className="pager small">
          {page > 1 && <Link href={href(page - 1)}>Previous</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={href(page + 1)}>Next</Link>}
        </nav>
      )}
    </>
  );
}
