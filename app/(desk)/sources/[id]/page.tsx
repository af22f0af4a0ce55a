import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getSource } from "@/lib/sources/data";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, type Credibility } from "@/lib/sources/grading";
import { ATTRIBUTION_KIND_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { SourceForms } from "./source-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const source = await getSource(getDb(), (await params).id);
  return { title: source?.name ?? "Source" };
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("read", `/sources/${id}`);
  const source = await getSource(getDb(), id);
  if (!source) notFound();
  const r = RELIABILITY_LABELS[source.reliability];
  return (
    <>
      <p className="small">
        <Link href="/sources">Sources</Link>
      </p>
      <h1 dir="auto">{source.name}</h1>
      {source.mergedInto && (
        <p className="notice">
          Merged into{" "}
          <Link href={`/sources/${source.mergedInto.id}`}>
            <bdi>{source.mergedInto.name}</bdi>
          </Link>
          : its aliases and claims are there now.
        </p>
      )}
      <dl className="meta-list small">
        <dt>Kind</dt>
        <dd>{SOURCE_KIND_LABELS[source.kind].en}</dd>
        <dt>Default reliability</dt>
        <dd title={r.explainEn}>
          {source.reliability} — {r.en} <span className="muted">({r.explainEn})</span>
        </dd>
        <dt>Member of</dt>
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
            <dt>Articles published</dt>
            <dd>{source.articleCount}</dd>
          </>
        )}
        {source.mergedFrom.length > 0 && (
          <>
            <dt>Merged from</dt>
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
      <h2>Aliases ({source.aliases.length})</h2>
      <ul className="alias-list">
        {source.aliases.map((a) => (
          <li key={a}>
            <bdi>{a}</bdi>
          </li>
        ))}
      </ul>
      {source.members.length > 0 && (
        <>
          <h2>Members ({source.members.length})</h2>
          <ul>
            {source.members.map((m) => (
              <li key={m.id}>
                <Link href={`/sources/${m.id}`}>
                  <bdi>{m.name}</bdi>
                </Link>{" "}
                <span className="small muted">{SOURCE_KIND_LABELS[m.kind].en}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Claims it stands behind ({source.claims.length})</h2>
      {source.claims.length === 0 ? (
        <p className="small muted">No claim is attributed to this source yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Article</th>
              <th scope="col">As</th>
              <th scope="col">Grades</th>
              <th scope="col">Sourcing</th>
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
                    {c.role === "via" ? "relayed it" : "source"} · {ATTRIBUTION_KIND_LABELS[c.kind].en}
                  </td>
                  <td title={`${RELIABILITY_LABELS[c.reliability].en}; ${CREDIBILITY_LABELS[c.credibility as Credibility].en}`}>
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
      {can(user.role, "write") && !source.mergedInto && <SourceForms source={{ id: source.id, name: source.name }} />}
      <p className="small">
        <Link href={`/sources/${source.id}/history`}>History of this source</Link>
      </p>
    </>
  );
}
