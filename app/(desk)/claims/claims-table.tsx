"use client";
import { useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTable, type RowSelectionState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ClaimRow } from "@/lib/search/data";
import type { ClaimsQuery } from "@/lib/claims/query";
import type { ClaimColumn } from "@/lib/claims/table-params";
import { claimStatuses } from "@/lib/claims/schema";
import { setStatusBulkAction } from "@/lib/claims/actions";
import { addToQueueAction } from "@/lib/review/actions";
import { columnDefs, features, sortOf } from "./columns";
import { useTableUrl } from "./use-table-url";

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
  const defs = useMemo(() => columns.map((c) => columnDefs[c]), [columns]);
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
        {total} {total === 1 ? "claim" : "claims"} · page {query.page} of {pages}
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
                    aria-label="Select all claims on this page"
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
                        aria-label={`Select claim ${v.index + 1}`}
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
                  No claims match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager small" aria-label="Pages">
        <button
          type="button"
          className="btn secondary small"
          disabled={query.page <= 1}
          onClick={() => go({ page: query.page - 1 })}
        >
          Previous
        </button>
        <span>
          Page {query.page} of {pages}
        </span>
        <button
          type="button"
          className="btn secondary small"
          disabled={query.page >= pages}
          onClick={() => go({ page: query.page + 1 })}
        >
          Next
        </button>
        <label className="inline">
          Rows per page{" "}
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

type BulkResult = Awaited<ReturnType<typeof setStatusBulkAction>> | Awaited<ReturnType<typeof addToQueueAction>>;

function bulkMessage(r: BulkResult): string {
  if (!r.ok) return r.message;
  if ("changed" in r)
    return `${r.changed} changed${r.stale.length ? `, ${r.stale.length} skipped (changed by someone else)` : ""}`;
  if ("added" in r) return `${r.added} added to the session${r.alreadyQueued ? `, ${r.alreadyQueued} already in it` : ""}`;
  return "";
}

type BulkBarProps = { selected: ClaimRow[]; sessions: SessionChoice[]; onDone: (message: string) => void };

function BulkBar({ selected, sessions, onDone }: BulkBarProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<BulkResult>) =>
    startTransition(async () => {
      onDone(bulkMessage(await action()));
      router.refresh();
    });
  return (
    <span className="bulk-bar" role="group" aria-label="Bulk actions">
      {" · "}
      {selected.length} selected ·{" "}
      <label className="inline">
        Set status{" "}
        <select
          aria-label="Set status"
          value=""
          disabled={pending}
          onChange={(e) => {
            const status = e.target.value;
            if (status)
              run(() => setStatusBulkAction({ items: selected.map((s) => ({ id: s.id, version: s.version })), status }));
          }}
        >
          <option value="">choose…</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {s.replace("_", " ")}
            </option>
          ))}
        </select>
      </label>{" "}
      <label className="inline">
        Add to session{" "}
        <select
          aria-label="Add to session"
          value=""
          disabled={pending || sessions.length === 0}
          onChange={(e) => {
            const sessionId = e.target.value;
            if (sessionId) run(() => addToQueueAction({ sessionId, claimIds: selected.map((s) => s.id) }));
          }}
        >
          <option value="">{sessions.length ? "choose…" : "no open session"}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.date})
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
