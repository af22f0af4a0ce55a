"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { authClient } from "@/lib/auth/client";

export function SignInForm({ target }: { target: string }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (error) {
      setPending(false);
      // The same message for an unknown account and a wrong password: nothing to learn from it.
      setError(t(error.status === 429 ? "tooMany" : "wrong"));
      return;
    }
    window.location.assign(target);
  }

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
