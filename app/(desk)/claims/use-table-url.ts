"use client";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { ClaimsQuery } from "@/lib/claims/query";
import { toSearchParams, type ClaimColumn } from "@/lib/claims/table-params";

/** The table's state lives in the URL: every change is a navigation, so links share it and Back undoes it. */
export function useTableUrl(query: ClaimsQuery, columns: ClaimColumn[]) {
  const router = useRouter();
  return useCallback(
    (change: Partial<ClaimsQuery>, nextColumns: ClaimColumn[] = columns) => {
      const resetsPage = Object.keys(change).some((k) => k !== "page");
      const next = { ...query, ...change, ...(resetsPage ? { page: 1 } : {}) };
      const params = toSearchParams(next, nextColumns).toString();
      router.push(params ? `/claims?${params}` : "/claims");
    },
    [router, query, columns],
  );
}
