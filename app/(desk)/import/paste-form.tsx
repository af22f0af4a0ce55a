"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { importPastedArticleAction } from "@/lib/articles/actions";

const statusText = {
  created: "Imported",
  duplicate: "Already imported (same text): nothing changed",
  revision: "Stored as a new revision of",
} as const;

export function PasteForm() {
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<{ id: string; title: string; status: keyof typeof statusText } | null>(null);
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
            setError(r.message);
            setResult(null);
          }
        });
      }}
    >
      <label>
        Title (optional: otherwise taken from the text)
        <input name="title" dir="auto" />
      </label>
      <label>
        Outlet
        <input name="outlet" dir="auto" />
      </label>
      <label>
        URL
        <input name="url" type="url" dir="ltr" aria-invalid={Boolean(fields.url)} aria-describedby="url-error" />
        {fieldError("url")}
      </label>
      <label>
        Published (e.g. 04/07/2025, 2025-07-04 or أيار 2025)
        <input name="publishedAt" dir="auto" />
      </label>
      <label>
        Article text
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
          {statusText[result.status]}{" "}
          <Link href={`/articles/${result.id}`}>
            <bdi>{result.title}</bdi>
          </Link>
        </p>
      )}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
