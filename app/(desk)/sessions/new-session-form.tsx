"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { createSessionAction } from "@/lib/review/actions";

export function NewSessionForm({ users, me }: { users: Array<{ id: string; email: string }>; me: string }) {
  const t = useTranslations("newSession");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form
      className="form panel"
      aria-label={t("title")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const input = {
          title: String(data.get("title") ?? ""),
          date: String(data.get("date") ?? ""),
          participantIds: data.getAll("participant").map(String),
        };
        startTransition(async () => {
          const r = await createSessionAction(input);
          if (r.ok) router.push(`/sessions/${r.sessionId}`);
          else {
            setFields("fields" in r && r.fields ? r.fields : {});
            setMessage(failureText(r));
          }
        });
      }}
    >
      <h2>{t("title")}</h2>
      {message && (
        <p role="alert" className="alert">
          {message}
        </p>
      )}
      <label>
        {t("name")}
        <input name="title" dir="auto" required aria-invalid={Boolean(fields.title)} />
        {fields.title && <span className="field-error">{fields.title[0]}</span>}
      </label>
      <label>
        {t("date")}
        <input name="date" type="date" defaultValue={today} required aria-invalid={Boolean(fields.date)} />
        {fields.date && <span className="field-error">{fields.date[0]}</span>}
      </label>
      <fieldset>
        <legend>{t("participants")}</legend>
        {users.map((u) => (
          <label key={u.id} className="inline">
            <input type="checkbox" name="participant" value={u.id} defaultChecked={u.id === me} /> <bdi>{u.email}</bdi>
          </label>
        ))}
      </fieldset>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          {t("create")}
        </button>
      </div>
    </form>
  );
}
