"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { restoreFieldAction } from "@/lib/review/actions";

type Props = { claimId: string; version: number; seq: number; field: "statement" | "verdict" | "status"; value: string };

export function RestoreButton({ claimId, version, seq, field, value }: Props) {
  const t = useTranslations("history");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn secondary small"
        disabled={pending}
        aria-label={t("restoreLabel", { field: t(`field.${field}`), value: value.slice(0, 60), seq })}
        onClick={() =>
          startTransition(async () => {
            const r = await restoreFieldAction({ claimId, version, seq, field });
            if (r.ok) {
              setMessage(null);
              router.refresh();
            } else setMessage(failureText(r));
          })
        }
      >
        {t("restore")}
      </button>
      {message && (
        <span role="alert" className="field-error">
          {message}
        </span>
      )}
    </>
  );
}
