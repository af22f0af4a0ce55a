"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { restoreFieldAction } from "@/lib/review/actions";

type Props = { claimId: string; version: number; seq: number; field: "statement" | "verdict" | "status"; value: string };

export function RestoreButton({ claimId, version, seq, field, value }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn secondary small"
        disabled={pending}
        aria-label={`Restore the earlier ${field} “${value.slice(0, 60)}” from event #${seq}`}
        onClick={() =>
          startTransition(async () => {
            const r = await restoreFieldAction({ claimId, version, seq, field });
            if (r.ok) {
              setMessage(null);
              router.refresh();
            } else setMessage(r.message);
          })
        }
      >
        Restore
      </button>
      {message && (
        <span role="alert" className="field-error">
          {message}
        </span>
      )}
    </>
  );
}
