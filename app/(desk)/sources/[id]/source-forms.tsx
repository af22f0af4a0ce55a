"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { SourceCombobox } from "@/app/_components/source-combobox";
import { addAliasAction, mergeSourcesAction, splitSourceAction } from "@/lib/sources/actions";
import type { SourceRef } from "@/lib/sources/dto";

/** Editors: add an alias, or merge this source into another one (a duplicate). */
export function SourceForms({ source }: { source: SourceRef & { version: number } }) {
  const t = useTranslations("sourceForms");
  const failureText = useFailureText();
  const router = useRouter();
  const [alias, setAlias] = useState("");
  const [target, setTarget] = useState<SourceRef | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function addAlias(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await addAliasAction({ sourceId: source.id, alias });
      if (result.ok) {
        setAlias("");
        setMessage({ kind: "ok", text: t("added") });
        router.refresh();
      } else setMessage({ kind: "error", text: failureText(result) });
    });
  }

  function merge(e: React.FormEvent) {
    e.preventDefault();
    if (!target) return setMessage({ kind: "error", text: t("choose") });
    startTransition(async () => {
      const result = await mergeSourcesAction({ fromId: source.id, intoId: target.id, fromVersion: source.version });
      if (result.ok) router.push(`/sources/${result.source.id}`);
      else setMessage({ kind: "error", text: failureText(result) });
    });
  }

  return (
    <section className="two-columns" aria-label={t("label")}>
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert" : "notice"}>
          {message.text}
        </p>
      )}
      <form className="form" onSubmit={addAlias}>
        <h2>{t("aliasHeading")}</h2>
        <label>
          {t("alias")}
          <input dir="auto" value={alias} onChange={(e) => setAlias(e.target.value)} required />
        </label>
        <div>
          <button className="btn" type="submit" disabled={pending}>
            {t("addAlias")}
          </button>
        </div>
      </form>
      <form className="form" onSubmit={merge}>
        <h2>{t("mergeHeading")}</h2>
        <p className="small muted">{t("mergeHint")}</p>
        <SourceCombobox
          label={t("mergeInto")}
          value={target}
          onChange={(s) => setTarget(s ? { id: s.id, name: s.name } : null)}
        />
        <div>
          <button className="btn secondary" type="submit" disabled={pending || !target}>
            {t("merge")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Admins: undo a merge. What the merge moved (and nobody has pointed elsewhere since) comes back. */
export function SplitSourceButton({ source }: { source: { id: string; version: number } }) {
  const t = useTranslations("sourceForms");
  const failureText = useFailureText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function split() {
    if (!window.confirm(t("splitConfirm"))) return;
    startTransition(async () => {
      const result = await splitSourceAction({ sourceId: source.id, version: source.version });
      if (result.ok) router.refresh();
      else setError(failureText(result));
    });
  }
  return (
    <>
      {" "}
      <button type="button" className="btn" onClick={split} disabled={pending}>
        {t("split")}
      </button>
      {error && (
        <span role="alert" className="alert">
          {error}
        </span>
      )}
    </>
  );
}
