"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, setRoleAction } from "@/lib/auth/actions";
import { useFailureText } from "@/app/_components/failure-text";

export function CreateUserForm() {
  const t = useTranslations("users");
  const failureText = useFailureText();
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <form
      className="form panel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = Object.fromEntries(new FormData(form).entries());
        startTransition(async () => {
          const result = await createUserAction(data);
          if (result.ok) {
            setFields({});
            setMessage({ ok: true, text: t("created", { email: String(data.email) }) });
            form.reset();
          } else {
            setFields("fields" in result && result.fields ? result.fields : {});
            setMessage({ ok: false, text: failureText(result) });
          }
        });
      }}
    >
      <label>
        {t("email")}
        <input name="email" type="email" required aria-invalid={Boolean(fields.email)} aria-describedby="email-error" />
        {fields.email && (
          <span id="email-error" className="field-error">
            {fields.email[0]}
          </span>
        )}
      </label>
      <label>
        {t("name")}
        <input name="name" dir="auto" />
      </label>
      <label>
        {t("role")}
        <select name="role" defaultValue="editor" aria-label={t("role")}>
          <option value="viewer">{t("viewerHint")}</option>
          <option value="editor">{t("editorHint")}</option>
          <option value="admin">{t("adminHint")}</option>
        </select>
      </label>
      <label>
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={Boolean(fields.password)}
          aria-describedby="password-error"
        />
        {fields.password && (
          <span id="password-error" className="field-error">
            {fields.password[0]}
          </span>
        )}
      </label>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
      <button className="btn" type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function RoleSelect({ userId, role, email }: { userId: string; role: string; email: string }) {
  const t = useTranslations("users");
  const tr = useTranslations("role");
  const failureText = useFailureText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <select
        aria-label={t("roleOf", { email })}
        defaultValue={role}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            const result = await setRoleAction({ userId, role: next });
            setError(result.ok ? null : failureText(result));
          });
        }}
      >
        <option value="viewer">{tr("viewer")}</option>
        <option value="editor">{tr("editor")}</option>
        <option value="admin">{tr("admin")}</option>
      </select>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}
