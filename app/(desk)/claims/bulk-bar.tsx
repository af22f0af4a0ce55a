"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ClaimRow } from "@/lib/search/data";
import { claimStatuses } from "@/lib/claims/schema";
import { setStatusBulkAction } from "@/lib/claims/actions";
import { addToQueueAction } from "@/lib/review/actions";
import { useDayText } from "@/app/_components/instant";

export type SessionChoice = { id: string; title: string; date: string };

type Translate = ReturnType<typeof useTranslations<"claims">>;
type BulkResult = Awaited<ReturnType<typeof setStatusBulkAction>> | Awaited<ReturnType<typeof addToQueueAction>>;

function bulkMessage(r: BulkResult, t: Translate): string {
  if (!r.ok) return r.message;
  if ("changed" in r) return t("changed", { changed: r.changed, skipped: r.stale.length });
  if ("added" in r) return t("addedToSession", { added: r.added, already: r.alreadyQueued });
  return "";
}

type BulkBarProps = { selected: ClaimRow[]; sessions: SessionChoice[]; onDone: (message: string) => void };

/** Acts on the selected claims: set their status, or add them to an open review session. */
export function BulkBar({ selected, sessions, onDone }: BulkBarProps) {
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
