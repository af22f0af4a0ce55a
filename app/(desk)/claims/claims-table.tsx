"use client";
import { useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTable, type RowSelectionState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ClaimRow } from "@/lib/search/data";
import type { ClaimsQuery } from "@/lib/claims/query";
import type { ClaimColumn } from "@/lib/claims/table-params";
import { claimStatuses } from "@/lib/claims/schema";
import { setStatusBulkAction } from "@/lib/claims/actions";
import { addToQueueAction } from "@/lib/review/actions";
import { makeColumnDefs, features, sortOf } from "./columns";
import { useTableUrl } from "./use-table-url";
import { useDayText } from "@/app/_components/instant";

type SessionChoice = { id: string; title: string; date: string };
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

type Translate = ReturnType<typeof useTranslations<"claims">>;
type BulkResult = Awaited<ReturnType<typeof setStatusBulkAction>> | Awaited<ReturnType<typeof addToQueueAction>>;

function bulkMessage(r: BulkResult, t: Translate): string {
  if (!r.ok) return r.message;
  if ("changed" in r) return t("changed", { changed: r.changed, skipped: r.stale.length });
  if ("added" in r) return t("addedToSession", { added: r.added, already: r.alreadyQueued });
  return "";
}

type BulkBarProps = { selected: ClaimRow[]; sessions: SessionChoice[]; onDone: (message: string) => void };

function BulkBar({ selected, sessions, onDone }: BulkBarProps) {
  const t = useTranslations("claims");
  const ts = useTranslations("status");
  const dayText = useDayText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<BulkResult>) =>
    startTransition(async () => {
      onDone(bulkMessage(await action(), t));
      router.refresh();
    });
  return (
    <span className="bulk-bar" role="group" aria-label={t("bulk")}>
      {" · "}
      {t("selected", { count: selected.length })} ·{" "}
      <label className="inline">
        {t("setStatus")}{" "}
        <select
          aria-label={t("setStatus")}
          value=""
          disabled={pending}
          onChange={(e) => {
            const status = e.target.value;
            if (status)
              run(() => setStatusBulkAction({ items: selected.map((s) => ({ id: s.id, version: s.version })), status }));
          }}
        >
          <option value="">{t("choose")}</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label className="inline">
        {t("addToSession")}{" "}
        <select
          aria-label={t("addToSession")}
          value=""
          disabled={pending || sessions.length === 0}
          onChange={(e) => {
            const sessionId = e.target.value;
            if (sessionId) run(() => addToQueueAction({ sessionId, claimIds: selected.map((s) => s.id) }));
          }}
        >
          <option value="">{sessions.length ? t("choose") : t("noOpenSession")}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({dayText(s.date)})
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
