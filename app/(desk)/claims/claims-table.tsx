"use client";
import { useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useTable, type RowSelectionState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ClaimRow } from "@/lib/search/data";
import type { ClaimsQuery } from "@/lib/claims/query";
import type { ClaimColumn } from "@/lib/claims/table-params";
import { makeColumnDefs, features, sortOf } from "./columns";
import { BulkBar, type SessionChoice } from "./bulk-bar";
import { useTableUrl } from "./use-table-url";

type Props = {
  rows: ClaimRow[];
  total: number;
  query: ClaimsQuery;
  columns: ClaimColumn[];
  canWrite: boolean;
  sessions: SessionChoice[];
};

export function ClaimsTable({ rows, total, query, columns, canWrite, sessions }: Props) {
  const go = useTableUrl(query, columns);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [bulkResult, setBulkResult] = useState<string | null>(null);
  const t = useTranslations("claims");
  const locale = useLocale();
  const columnDefs = useMemo(() => makeColumnDefs(t, locale), [t, locale]);
  const defs = useMemo(() => columns.map((c) => columnDefs[c]), [columns, columnDefs]);
  const table = useTable({
    features,
    columns: defs,
    data: rows,
    getRowId: (row) => row.id,
    enableRowSelection: canWrite,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
  });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view are in the DOM, so a page of 500 scrolls smoothly.
  // The virtualizer returns fresh functions each render, which the React compiler cannot memoize; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const selected = rows.filter((r) => rowSelection[r.id]);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const span = columns.length + (canWrite ? 1 : 0);

  return (
    <>
      <div className="table-meta small" aria-live="polite">
        {t("count", { count: total })} · {t("pageOf", { page: query.page, pages })}
        {canWrite && selected.length > 0 && (
          <BulkBar
            selected={selected}
            sessions={sessions}
            onDone={(message) => {
              setBulkResult(message);
              setRowSelection({});
            }}
          />
        )}
        {bulkResult && <span role="status"> · {bulkResult}</span>}
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table className="list claims-table">
          <thead>
            <tr>
              {canWrite && (
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t("selectAll")}
                    checked={rows.length > 0 && selected.length === rows.length}
                    onChange={(e) => setRowSelection(e.target.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {})}
                  />
                </th>
              )}
              {columns.map((c) => {
                const sort = sortOf[c];
                const header = String(columnDefs[c].header);
                const active = sort && query.sort === sort;
                return (
                  <th key={c} scope="col" aria-sort={active ? (query.order === "asc" ? "ascending" : "descending") : undefined}>
                    {sort ? (
                      <button
                        type="button"
                        className="link-button sort"
                        onClick={() => go({ sort, order: active && query.order === "desc" ? "asc" : "desc" })}
                      >
                        {header} {active ? (query.order === "asc" ? "▲" : "▼") : ""}
                      </button>
                    ) : (
                      header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((v) => {
              const row = tableRows[v.index];
              return (
                <tr key={row.id} data-index={v.index} ref={virtualizer.measureElement} aria-selected={row.getIsSelected()}>
                  {canWrite && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t("selectRow", { n: v.index + 1 })}
                        checked={row.getIsSelected()}
                        onChange={() => row.toggleSelected()}
                      />
                    </td>
                  )}
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td colSpan={span} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager small" aria-label={t("pages")}>
        <button
          type="button"
          className="btn secondary small"
          disabled={query.page <= 1}
          onClick={() => go({ page: query.page - 1 })}
        >
          {t("previous")}
        </button>
        <span>{t("pageOfCap", { page: query.page, pages })}</span>
        <button
          type="button"
          className="btn secondary small"
          disabled={query.page >= pages}
          onClick={() => go({ page: query.page + 1 })}
        >
          {t("next")}
        </button>
        <label className="inline">
          {t("rowsPerPage")}{" "}
          <select value={query.pageSize} onChange={(e) => go({ pageSize: Number(e.target.value) })}>
            {[25, 50, 100, 250, 500].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </>
  );
}
