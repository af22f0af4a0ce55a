"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { importPastedArticleAction } from "@/lib/articles/actions";

export function PasteForm() {
  const t = useTranslations("import");
  const failureText = useFailureText();
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<{ id: string; title: string; status: "created" | "duplicate" | "revision" } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fieldError = (name: string) =>
    fields[name] ? (
      <span id={`${name}-error`} className="field-error">
        {fields[name][0]}
      </span>
    ) : null;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = Object.fromEntries(new FormData(e.currentTarget).entries());
        startTransition(async () => {
          const r = await importPastedArticleAction(data);
          if (r.ok && "status" in r) {
            setResult({ id: r.id, title: r.title, status: r.status });
            setFields({});
            setError(null);
          } else if (!r.ok) {
            setFields(r.fields ?? {});
            setError(failureText(r));
            setResult(null);
          }
        });
      }}
    >
      <label>
        {t("titleField")}
        <input name="title" dir="auto" />
      </label>
      <label>
        {t("outlet")}
        <input name="outlet" dir="auto" />
      </label>
      <label>
        {t("url")}
        <input name="url" type="url" dir="ltr" aria-invalid={Boolean(fields.url)} aria-describedby="url-error" />
        {fieldError("url")}
      </label>
      <label>
        {t("published")}
        <input name="publishedAt" dir="auto" />
      </label>
      <label>
        {t("text")}
        <textarea name="text" rows={12} dir="auto" required aria-invalid={Boolean(fields.text)} aria-describedby="text-error" />
        {fieldError("text")}
      </label>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {result && (
        <p role="status" className="notice">
          {t(`status.${result.status}`)}{" "}
          <Link href={`/articles/${result.id}`}>
            <bdi>{result.title}</bdi>
          </Link>
        </p>
      )}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? t("importing") : t("import")}
      </button>
    </form>
  );
}
