"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createTokenAction, revokeTokenAction } from "@/lib/auth/actions";

type Token = { id: string; name: string; prefix: string; createdAt: string; revoked: boolean };

export function TokenForms({ tokens }: { tokens: Token[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {tokens.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>
                  <bdi>{t.name}</bdi>
                </td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{t.createdAt.slice(0, 10)}</td>
                <td>
                  {t.revoked ? (
                    "revoked"
                  ) : (
                    <button
                      className="btn secondary small"
                      disabled={pending}
                      onClick={() =>
                        startTransition(async () => {
                          await revokeTokenAction({ tokenId: t.id });
                          router.refresh();
                        })
                      }
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const name = String(new FormData(e.currentTarget).get("name") ?? "");
          startTransition(async () => {
            const result = await createTokenAction({ name });
            if (result.ok && "token" in result) {
              setCreated(result.token);
              setError(null);
              router.refresh();
            } else setError(result.ok ? null : result.message);
          });
        }}
      >
        <label>
          Token name
          <input name="name" dir="auto" required />
        </label>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        {created && (
          <p role="status" className="notice">
            Copy it now, it will not be shown again: <code>{created}</code>
          </p>
        )}
        <button className="btn" type="submit" disabled={pending}>
          Create token
        </button>
      </form>
    </>
  );
}
