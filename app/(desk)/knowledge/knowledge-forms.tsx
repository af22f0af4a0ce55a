"use client";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { ActorKind, PlaceKind } from "@/lib/knowledge/pack-schema";
import {
  createActorAction,
  createPlaceAction,
  exportPackAction,
  importPackAction,
  setPackEnabledAction,
} from "@/lib/knowledge/actions";
import { ActorFields, actorInput, PlaceFields, placeInput, type Option } from "./entry-fields";
import { useSubmit } from "./use-submit";

export function PackToggle({ id, version, enabled }: { id: string; version: number; enabled: boolean }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={enabled}
          disabled={pending}
          onChange={(e) =>
            run(
              () => setPackEnabledAction({ id, version, enabled: e.target.checked }),
              () => t("saved"),
            )
          }
        />{" "}
        {t(enabled ? "yes" : "no")}
      </label>
      {status && <span role="status"> {status}</span>}
    </>
  );
}

export function PackControls({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const download = async () => {
    const result = await exportPackAction({});
    if (!result.ok) return;
    const url = URL.createObjectURL(new Blob([result.json], { type: "application/json" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: "claimdesk-knowledge.json" });
    a.click();
    URL.revokeObjectURL(url);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    run(
      () => importPackAction({ text }),
      (r) => {
        const report = (r as { report?: { added: Record<string, number>; skipped: Record<string, number> } }).report;
        return report
          ? t("imported", { ...report.added, skippedEntities: report.skipped.entities, skippedPlaces: report.skipped.places })
          : "";
      },
    );
  };
  return (
    <div className="filter-bar">
      <button className="btn" type="button" onClick={download}>
        {t("export")}
      </button>
      {canWrite && (
        <label>
          {t("import")}{" "}
          <input type="file" accept="application/json,.json" disabled={pending} onChange={(e) => onFile(e.target.files?.[0])} />
        </label>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}

export function NewPlaceForm({ kinds, parents }: { kinds: readonly PlaceKind[]; parents: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () => createPlaceAction(placeInput(f)),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t("newPlace")}>
      <PlaceFields kinds={kinds} parents={parents} />
      <button className="btn" type="submit" disabled={pending}>
        {t("newPlace")}
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}

export function NewActorForm({ kinds, bodies }: { kinds: readonly ActorKind[]; bodies: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const aliases = String(f.get("aliases") ?? "")
      .split(/[,،\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    run(
      () => createActorAction({ ...actorInput(f), aliases }),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t("newActor")}>
      <ActorFields kinds={kinds} bodies={bodies} />
      <label>
        {t("aliases")} <input name="aliases" dir="auto" />
      </label>
      <button className="btn" type="submit" disabled={pending}>
        {t("newActor")}
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
