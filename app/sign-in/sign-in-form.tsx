"use client";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";

export function SignInForm({ target }: { target: string }) {
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
      setError(error.status === 429 ? "Too many attempts. Wait a minute and try again." : "Wrong e-mail or password.");
      return;
    }
    window.location.assign(target);
  }

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate>
      <label>
        E-mail
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
