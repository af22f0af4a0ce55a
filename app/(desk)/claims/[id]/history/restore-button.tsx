"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { restoreFieldAction } from "@/lib/review/actions";

type Field = "statement" | "verdict" | "status";
type Props = { claimId: string; version: number; seq: number; field: Field; value: string; current: string };

/** Restore asks first, showing what the field holds now and what it will hold. */
export function RestoreButton({ claimId, version, seq, field, value, current }: Props) {
  const t = useTranslations("history");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const restore = () =>
    startTransition(async () => {
      const r = await restoreFieldAction({ claimId, version, seq, field });
      if (r.ok) {
        setMessage(null);
        setAsking(false);
        router.refresh();
      } else setMessage(failureText(r));
    });
  return (
    <>
      {!asking ? (
        <button
          type="button"
          className="btn secondary small"
          aria-label={t("restoreLabel", { field: t(`field.${field}`), value: value.slice(0, 60), seq })}
          onClick={() => setAsking(true)}
        >
          {t("restore")}
        </button>
      ) : (
        <span role="group" aria-label={t("restoreConfirmLabel", { field: t(`field.${field}`) })} className="confirm">
          {t("restoreConfirm", { field: t(`field.${field}`) })} <bdi className="muted">{current.slice(0, 80)}</bdi> →{" "}
          <bdi>{value.slice(0, 80)}</bdi>{" "}
          <button type="button" className="btn small" disabled={pending} onClick={restore}>
            {t("restoreYes")}
          </button>{" "}
          <button type="button" className="btn secondary small" disabled={pending} onClick={() => setAsking(false)}>
            {t("restoreNo")}
          </button>
        </span>
      )}
      {message && (
        <span role="alert" className="field-error">
          {message}
        </span>
      )}
    </>
  );
}
