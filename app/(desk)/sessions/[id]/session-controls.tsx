"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { reopenSessionAction, signOffAction } from "@/lib/review/actions";

type Props = { sessionId: string; version: number; status: string; canSignOff: boolean; canReopen: boolean };

export function SessionControls({ sessionId, version, status, canSignOff, canReopen }: Props) {
  const t = useTranslations("session");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; reason?: string; message?: string }>, done: string) =>
    startTransition(async () => {
      const r = await fn();
      setConfirming(false);
      if (r.ok) {
        setMessage({ ok: true, text: done });
        router.refresh();
      } else setMessage({ ok: false, text: failureText({ reason: r.reason, message: r.message ?? t("refused") }) });
    });
  return (
    <div className="session-controls">
      {status === "open" && canSignOff && !confirming && (
        <button type="button" className="btn secondary" onClick={() => setConfirming(true)}>
          {t("signOff")}
        </button>
      )}
      {confirming && (
        <>
          <span className="small">{t("becomesReadOnly")} </span>
          <button
            type="button"
            className="btn"
            disabled={pending}
            autoFocus
            onClick={() => run(() => signOffAction({ sessionId, version }), t("signedOffDone"))}
          >
            {t("confirmSignOff")}
          </button>{" "}
          <button type="button" className="btn secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </>
      )}
      {status === "signed_off" && canReopen && (
        <button
          type="button"
          className="btn secondary"
          disabled={pending}
          onClick={() => run(() => reopenSessionAction({ sessionId }), t("reopened"))}
        >
          {t("reopen")}
        </button>
      )}
      {status === "signed_off" && !canReopen && <p className="small muted">{t("adminOnly")}</p>}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
