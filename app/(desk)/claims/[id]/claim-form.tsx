"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import type { ClaimDto } from "@/lib/claims/dto";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import { patchClaimAction } from "@/lib/review/actions";

type Stale = { current: ClaimDto; updatedBy: string | null };

/** The claim's statement, verdict and status in one versioned save; a stale save keeps the editor's input. */
export function ClaimForm({ claim }: { claim: ClaimDto }) {
  const t = useTranslations("claimForm");
  const tv = useTranslations("verdict");
  const ts = useTranslations("status");
  const format = useFormatter();
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [statement, setStatement] = useState(claim.statement ?? "");
  const [verdict, setVerdict] = useState(claim.verdict);
  const [status, setStatus] = useState(claim.status);
  const [note, setNote] = useState("");
  const [version, setVersion] = useState(claim.version);
  const [stale, setStale] = useState<Stale | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function save() {
    startTransition(async () => {
      const r = await patchClaimAction({
        claimId: claim.id,
        version,
        statement: statement.trim() || null,
        verdict,
        status,
        note,
      });
      if (r.ok) {
        setStale(null);
        setNote("");
        setVersion(r.claim.version);
        setMessage({ ok: true, text: t("saved", { version: r.claim.version }) });
        router.refresh();
        return;
      }
      if (r.reason === "STALE" && "current" in r && r.current) {
        // the next save is against the version the editor has now seen
        setStale({ current: r.current, updatedBy: r.updatedBy?.label ?? null });
        setVersion(r.current.version);
      }
      setMessage({ ok: false, text: failureText(r) });
    });
  }

  return (
    <form
      className="form panel"
      aria-label={t("label")}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
      {stale && (
        <div className="stale panel" role="region" aria-label={t("current")}>
          <p className="small">
            {t.rich("stale", {
              who: stale.updatedBy ?? t("someone"),
              at: format.dateTime(new Date(stale.current.updatedAt), { dateStyle: "medium", timeStyle: "medium" }),
              version: stale.current.version,
              bdi: (c) => <bdi>{c}</bdi>,
            })}
          </p>
          <dl className="meta-list small">
            <dt>{t("statementShort")}</dt>
            <dd dir="auto">{stale.current.statement ?? "—"}</dd>
            <dt>{t("verdict")}</dt>
            <dd>{tv(stale.current.verdict as "false")}</dd>
            <dt>{t("status")}</dt>
            <dd>{ts(stale.current.status as "new")}</dd>
          </dl>
          <button
            type="button"
            className="btn secondary small"
            onClick={() => {
              setStatement(stale.current.statement ?? "");
              setVerdict(stale.current.verdict);
              setStatus(stale.current.status);
              setStale(null);
            }}
          >
            {t("useCurrent")}
          </button>
        </div>
      )}
      <label>
        {t("statement")}
        <textarea dir="auto" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <label>
        {t("verdict")}
        <select value={verdict} onChange={(e) => setVerdict(e.target.value)}>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {tv(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("status")}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("note")}
        <textarea dir="auto" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
