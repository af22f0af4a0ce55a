import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { searchClaims } from "@/lib/search/data";
import { parseTableParams, toSearchParams } from "@/lib/claims/table-params";
import { ExportMenu } from "@/app/_components/export-menu";
import { listViews } from "@/lib/views/data";
import { facetOptions } from "@/lib/links/data";
import { openSessions } from "@/lib/review/data";
import { ClaimsTable } from "./claims-table";
import { FilterBar } from "./filter-bar";
import { SavedViews } from "./saved-views";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("read", "/claims");
  const { query, columns, error } = parseTableParams(await searchParams);
  const db = getDb();
  const t = await getTranslations("claims");
  const canWrite = can(user.role, "write");
  const [result, views, facets, sessions] = await Promise.all([
    searchClaims(db, query),
    listViews(db, user.id),
    facetOptions(db),
    canWrite ? openSessions(db) : [],
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <ExportMenu scope={{ query: toSearchParams(query).toString() }} />
      {error && (
        <p role="alert" className="alert">
          {t("badAddress", { error })}
        </p>
      )}
      <FilterBar query={query} columns={columns} facets={facets} />
      <SavedViews views={views} />
      <ClaimsTable
        rows={result.items}
        total={result.total}
        query={query}
        columns={columns}
        canWrite={canWrite}
        sessions={sessions}
      />
    </>
  );
}
