"use client";
import { useState, useTransition } from "react";
import { createUserAction, setRoleAction } from "@/lib/auth/actions";

export function CreateUserForm() {
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
            setMessage({ ok: true, text: `Account created for ${String(data.email)}.` });
            form.reset();
          } else {
            setFields("fields" in result && result.fields ? result.fields : {});
            setMessage({ ok: false, text: result.message });
          }
        });
      }}
    >
      <label>
        E-mail
        <input name="email" type="email" required aria-invalid={Boolean(fields.email)} aria-describedby="email-error" />
        {fields.email && (
          <span id="email-error" className="field-error">
            {fields.email[0]}
          </span>
        )}
      </label>
      <label>
        Name
        <input name="name" dir="auto" />
      </label>
      <label>
        Role
        <select name="role" defaultValue="editor" aria-label="Role">
          <option value="viewer">viewer (reads)</option>
          <option value="editor">editor (changes data)</option>
          <option value="admin">admin (also manages users)</option>
        </select>
      </label>
      <label>
        Initial password
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
        Create account
      </button>
    </form>
  );
}

export function RoleSelect({ userId, role, email }: { userId: string; role: string; email: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <select
        aria-label={`Role of ${email}`}
        defaultValue={role}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            const result = await setRoleAction({ userId, role: next });
            setError(result.ok ? null : result.message);
          });
        }}
      >
        <option value="viewer">viewer</option>
        <option value="editor">editor</option>
        <option value="admin">admin</option>
      </select>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}
