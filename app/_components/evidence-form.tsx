"use client";
import { useRef, useState, useTransition, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

/** Adds an evidence entry (with an optional attachment) through the JSON API, which takes multipart uploads. */
export function EvidenceForm({
  claimId,
  sessionId,
  textRef,
  onDone,
}: {
  claimId: string;
  sessionId?: string;
  textRef?: RefObject<HTMLTextAreaElement | null>;
  onDone?: () => void;
}) {
  const t = useTranslations("evidence");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      ref={formRef}
      className="form evidence-form"
      aria-label={t("add")}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        if (sessionId) data.set("sessionId", sessionId);
        const file = data.get("file");
        if (file instanceof File && file.size === 0 && !file.name) data.delete("file");
        startTransition(async () => {
          const response = await fetch(`/api/claims/${claimId}/evidence`, { method: "POST", body: data });
          const body = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
          if (response.ok) {
            formRef.current?.reset();
            setMessage({ ok: true, text: t("added") });
            router.refresh();
            onDone?.();
          } else setMessage({ ok: false, text: body?.error?.message ?? t("server", { status: response.status }) });
        });
      }}
    >
      <label>
        {t("kindLabel")}
        <select name="kind" defaultValue="document">
          <option value="document">{t("kind.document")}</option>
          <option value="link">{t("kind.link")}</option>
          <option value="contact">{t("kind.contact")}</option>
          <option value="observation">{t("kind.observation")}</option>
        </select>
      </label>
      <label>
        {t("text")}
        <textarea ref={textRef} name="text" rows={2} dir="auto" required />
      </label>
      <label>
        {t("file")}
        <input type="file" name="file" />
      </label>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          {t("add")}
        </button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
