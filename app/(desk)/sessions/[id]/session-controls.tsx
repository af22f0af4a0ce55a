"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reopenSessionAction, signOffAction } from "@/lib/review/actions";

type Props = { sessionId: string; version: number; status: string; canSignOff: boolean; canReopen: boolean };

export function SessionControls({ sessionId, version, status, canSignOff, canReopen }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    startTransition(async () => {
      const r = await fn();
      setConfirming(false);
      if (r.ok) {
        setMessage({ ok: true, text: done });
        router.refresh();
      } else setMessage({ ok: false, text: r.message ?? "Refused" });
    });
  return (
    <div className="session-controls">
      {status === "open" && canSignOff && !confirming && (
        <button type="button" className="btn secondary" onClick={() => setConfirming(true)}>
          Sign off…
        </button>
      )}
      {confirming && (
        <>
          <span className="small">The session becomes read-only. </span>
          <button
            type="button"
            className="btn"
            disabled={pending}
            autoFocus
            onClick={() => run(() => signOffAction({ sessionId, version }), "Session signed off.")}
          >
            Confirm sign-off
          </button>{" "}
          <button type="button" className="btn secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      )}
      {status === "signed_off" && canReopen && (
        <button
          type="button"
          className="btn secondary"
          disabled={pending}
          onClick={() => run(() => reopenSessionAction({ sessionId }), "Session reopened.")}
        >
          Reopen session
        </button>
      )}
      {status === "signed_off" && !canReopen && (
        <p className="small muted">Signed off and read-only; only an admin can reopen it.</p>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
