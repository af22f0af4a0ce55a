"use client";
import { useState, useTransition } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { deleteViewAction, saveViewAction } from "@/lib/views/actions";

export function SavedViews({ views }: { views: Array<{ id: string; name: string; query: string }> }) {
  const t = useTranslations("views");
  const router = useRouter();
  const params = useSearchParams();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="saved-views small">
      <span className="muted">{t("label")}</span>
      {views.length === 0 && <span className="muted"> {t("none")}</span>}
      {views.map((v) => (
        <span key={v.id} className="view-chip">
          <Link href={v.query ? `/claims?${v.query}` : "/claims"}>
            <bdi>{v.name}</bdi>
          </Link>
          <button
            type="button"
            className="link-button"
            aria-label={t("delete", { name: v.name })}
            onClick={() =>
              startTransition(async () => {
                await deleteViewAction({ id: v.id });
                router.refresh();
              })
            }
          >
            ×
          </button>
        </span>
      ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const r = await saveViewAction({ name, query: params.toString() });
            if (r.ok) {
              setName("");
              setError(null);
              router.refresh();
            } else setError(r.message);
          });
        }}
      >
        <label>
          <span className="sr-only">{t("name")}</span>
          <input dir="auto" placeholder={t("placeholder")} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button className="btn secondary small" type="submit" disabled={pending}>
          {t("save")}
        </button>
        {error && <span className="field-error">{error}</span>}
      </form>
    </div>
  );
}
