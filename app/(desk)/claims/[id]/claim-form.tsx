"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ClaimDto } from "@/lib/claims/dto";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import { patchClaimAction } from "@/lib/review/actions";

type Stale = { current: ClaimDto; updatedBy: string | null };

/** The claim's statement, verdict and status in one versioned save; a stale save keeps the editor's input. */
export function ClaimForm({ claim }: { claim: ClaimDto }) {
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
        setMessage({ ok: true, text: `Saved (version ${r.claim.version}).` });
        router.refresh();
        return;
      }
      if (r.reason === "STALE" && "current" in r && r.current) {
        // the next save is against the version the editor has now seen
        setStale({ current: r.current, updatedBy: r.updatedBy?.label ?? null });
        setVersion(r.current.version);
      }
      setMessage({ ok: false, text: r.message });
    });
  }

  return (
    <form
      className="form panel"
      aria-label="Edit the claim"
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
        <div className="stale panel" role="region" aria-label="Current values">
          <p className="small">
            Changed by <bdi>{stale.updatedBy ?? "someone"}</bdi> at {stale.current.updatedAt.replace("T", " ").slice(0, 19)} UTC
            (version {stale.current.version}). Your input is kept below; save again to apply it over these values.
          </p>
          <dl className="meta-list small">
            <dt>Statement</dt>
            <dd dir="auto">{stale.current.statement ?? "—"}</dd>
            <dt>Verdict</dt>
            <dd>{stale.current.verdict}</dd>
            <dt>Status</dt>
            <dd>{stale.current.status}</dd>
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
            Use the current values
          </button>
        </div>
      )}
      <label>
        Statement (the editor&apos;s paraphrase)
        <textarea dir="auto" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <label>
        Verdict
        <select value={verdict} onChange={(e) => setVerdict(e.target.value)}>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note (the reason for a verdict)
        <textarea dir="auto" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          Save claim
        </button>
      </div>
    </form>
  );
}
