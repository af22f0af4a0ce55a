"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { createTokenAction, revokeTokenAction } from "@/lib/auth/actions";

type Token = { id: string; name: string; prefix: string; createdAt: string; revoked: boolean };

export function TokenForms({ tokens }: { tokens: Token[] }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const failureText = useFailureText();
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
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("prefix")}</th>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>
                  <bdi>{token.name}</bdi>
                </td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{format.dateTime(new Date(token.createdAt), { dateStyle: "medium" })}</td>
                <td>
                  {token.revoked ? (
                    t("revoked")
                  ) : (
                    <button
                      className="btn secondary small"
                      disabled={pending}
                      onClick={() =>
                        startTransition(async () => {
                          await revokeTokenAction({ tokenId: token.id });
                          router.refresh();
                        })
                      }
                    >
                      {t("revoke")}
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
            } else setError(result.ok ? null : failureText(result));
          });
        }}
      >
        <label>
          {t("tokenName")}
          <input name="name" dir="auto" required />
        </label>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        {created && (
          <p role="status" className="notice">
            {t("copy")} <code>{created}</code>
          </p>
        )}
        <button className="btn" type="submit" disabled={pending}>
          {t("create")}
        </button>
      </form>
    </>
  );
}
