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
import { useSubmit } from "./use-submit";

type Option = { id: string; label: string };

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
      () =>
        createPlaceAction({
          nameAr: f.get("nameAr"),
          nameEn: f.get("nameEn"),
          kind: f.get("kind"),
          parentId: f.get("parentId") || null,
          broad: f.get("broad") === "on",
        }),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t("newPlace")}>
      <label>
        {t("nameAr")} <input name="nameAr" dir="rtl" lang="ar" required maxLength={300} />
      </label>
      <label>
        {t("nameEn")} <input name="nameEn" dir="ltr" lang="en" required maxLength={300} />
      </label>
      <label>
        {t("kind")}{" "}
        <select name="kind" defaultValue="town">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`placeKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("parent")}{" "}
        <select name="parentId" defaultValue="">
          <option value="">—</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="broad" /> {t("broad")}
      </label>
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
      () =>
        createActorAction({
          name: f.get("name"),
          nameEn: f.get("nameEn"),
          actorKind: f.get("actorKind"),
          side: f.get("side") || null,
          memberOfId: f.get("memberOfId") || null,
          aliases,
        }),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t("newActor")}>
      <label>
        {t("nameAr")} <input name="name" dir="rtl" lang="ar" required maxLength={300} />
      </label>
      <label>
        {t("nameEn")} <input name="nameEn" dir="ltr" lang="en" required maxLength={300} />
      </label>
      <label>
        {t("kind")}{" "}
        <select name="actorKind" defaultValue="armed_force">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`actorKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("side")} <input name="side" dir="auto" maxLength={80} />
      </label>
      <label>
        {t("memberOf")}{" "}
        <select name="memberOfId" defaultValue="">
          <option value="">—</option>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
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
