"use client";
import Link from "next/link";
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ClaimRow } from "@/lib/search/data";
import type { ClaimColumn } from "@/lib/claims/table-params";
import type { ClaimsQuery } from "@/lib/claims/query";
import type { useTranslations } from "next-intl";
import { ATTRIBUTION_KIND_LABELS, isAttributionKind } from "@/lib/sources/kinds";
import { pick } from "@/lib/i18n/locale";
import { StatusBadge, VerdictBadge } from "@/app/_components/verdict-badge";
import { Instant } from "@/app/_components/instant";
import { formatPartialDate, type DatePrecision } from "@/lib/text/dates";

// Sorting, filtering and paging are the server's (the URL drives them); the table handles selection,
// column visibility and column order.
export const features = tableFeatures({ rowSelectionFeature, columnVisibilityFeature, columnOrderingFeature });
const helper = createColumnHelper<typeof features, ClaimRow>();

/** The quote with the search match marked, in its own direction. */
function Quote({ row }: { row: ClaimRow }) {
  const cps = [...row.quote];
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const h of row.highlights) {
    if (h.start > at) parts.push({ text: cps.slice(at, h.start).join(""), hit: false });
    parts.push({ text: cps.slice(h.start, h.end).join(""), hit: true });
    at = h.end;
  }
  parts.push({ text: cps.slice(at).join(""), hit: false });
  return (
    <div className="quote-cell" dir={row.article.language === "ar" ? "rtl" : "ltr"} lang={row.article.language} title={row.quote}>
      <Link href={`/claims/${row.id}`}>
        {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </Link>
      {row.statement && (
        <div className="small muted" dir="auto">
          {row.statement}
        </div>
      )}
    </div>
  );
}

/** The sort field a column header toggles (null: not sortable). */
export const sortOf: Record<ClaimColumn, ClaimsQuery["sort"] | null> = {
  claim: "position",
  article: null,
  outlet: null,
  published: "published_at",
  kind: null,
  sourcing: "sourcing_strength",
  grades: null,
  verdict: "verdict",
  status: "status",
  conflicts: null,
  session: null,
  updated: "updated_at",
};

/** The columns in the interface language (`t`: the "claims" messages). */
export function makeColumnDefs(t: ReturnType<typeof useTranslations<"claims">>, locale: string) {
  return {
    claim: helper.display({ id: "claim", header: t("col.claim"), cell: ({ row }) => <Quote row={row.original} /> }),
    article: helper.display({
      id: "article",
      header: t("col.article"),
      cell: ({ row }) => (
        <bdi className="clamp">
          <Link href={`/articles/${row.original.articleId}`}>{row.original.article.title}</Link>
        </bdi>
      ),
    }),
    outlet: helper.display({
      id: "outlet",
      header: t("col.outlet"),
      cell: ({ row }) =>
        row.original.outlet ? <bdi>{row.original.outlet.name}</bdi> : <span className="muted">{t("unknownOutlet")}</span>,
    }),
    published: helper.display({
      id: "published",
      header: t("col.published"),
      cell: ({ row }) => {
        const a = row.original.article;
        return a.publishedAt ? (
          formatPartialDate({ date: a.publishedAt, precision: a.datePrecision as DatePrecision }, locale === "ar" ? "ar" : "en")
        ) : (
          <span className="muted">{t("dateUnknown")}</span>
        );
      },
    }),
    kind: helper.display({
      id: "kind",
      header: t("col.kind"),
      cell: ({ row }) =>
        row.original.attributions.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          row.original.attributions.map((a, i) => (
            <div key={i}>
              {isAttributionKind(a.kind) ? pick(ATTRIBUTION_KIND_LABELS[a.kind], locale) : a.kind}
              {a.source && (
                <>
                  {" · "}
                  <bdi>{a.source.name}</bdi>
                </>
              )}
            </div>
          ))
        ),
    }),
    sourcing: helper.display({
      id: "sourcing",
      header: t("col.sourcing"),
      cell: ({ row }) => (
        <span className="badge" title={t("strength")}>
          {row.original.sourcingStrength}
        </span>
      ),
    }),
    grades: helper.display({
      id: "grades",
      header: t("col.grades"),
      cell: ({ row }) => row.original.attributions.map((a) => `${a.reliability}${a.credibility}`).join(", ") || "—",
    }),
    verdict: helper.display({
      id: "verdict",
      header: t("col.verdict"),
      cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} />,
    }),
    status: helper.display({
      id: "status",
      header: t("col.status"),
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    }),
    conflicts: helper.display({
      id: "conflicts",
      header: t("col.conflicts"),
      cell: ({ row }) =>
        row.original.openConflicts ? (
          <span className="badge warn">⚠ {t("openConflicts", { count: row.original.openConflicts })}</span>
        ) : (
          "—"
        ),
    }),
    session: helper.display({
      id: "session",
      header: t("col.session"),
      cell: ({ row }) => (row.original.session ? <bdi>{row.original.session.title}</bdi> : "—"),
    }),
    updated: helper.display({
      id: "updated",
      header: t("col.updated"),
      cell: ({ row }) => (
        <span className="small">
          <Instant at={row.original.updatedAt} />
          {row.original.updatedBy && (
            <>
              <br />
              <bdi>{row.original.updatedBy}</bdi>
            </>
          )}
        </span>
      ),
    }),
  } satisfies Record<ClaimColumn, unknown>;
}
