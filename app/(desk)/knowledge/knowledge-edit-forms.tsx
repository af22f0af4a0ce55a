"use client";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { ActorKind, PlaceKind } from "@/lib/knowledge/pack-schema";
import { addKnowledgeAliasAction, setBareTermAction, updateActorAction, updatePlaceAction } from "@/lib/knowledge/actions";
import { useSubmit } from "./use-submit";

type Option = { id: string; label: string };
const text = (f: FormData, name: string) => String(f.get(name) ?? "").trim();

function KindSelect<K extends string>({
  name,
  kinds,
  value,
  label,
}: {
  name: string;
  kinds: readonly K[];
  value: string;
  label: (k: K) => string;
}) {
  return (
    <select name={name} defaultValue={value}>
      {kinds.map((k) => (
        <option key={k} value={k}>
          {label(k)}
        </option>
      ))}
    </select>
  );
}

function OptionSelect({
  name,
  options,
  value,
  exclude,
}: {
  name: string;
  options: Option[];
  value: string | null;
  exclude: string;
}) {
  return (
    <select name={name} defaultValue={value ?? ""}>
      <option value="">—</option>
      {options
        .filter((o) => o.id !== exclude)
        .map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
    </select>
  );
}

/** A spelling added to a place or an entity: the next analysis of the claims that use it finds it. */
function AddSpelling({ target, id, version }: { target: "place" | "entity"; id: string; version: number }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const alias = text(new FormData(e.currentTarget), "alias");
    const input = target === "place" ? { target, id, version, alias } : { target, id, alias };
    run(
      () => addKnowledgeAliasAction(input),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t("addSpelling")}>
      <label>
        {t("addSpelling")} <input name="alias" dir="auto" required maxLength={300} />
      </label>
      <button className="btn" type="submit" disabled={pending}>
        {t("save")}
      </button>
      {status && <span role="status">{status}</span>}
    </form>
  );
}

export type EditablePlace = {
  id: string;
  version: number;
  nameAr: string;
  nameEn: string;
  kind: string;
  parentId: string | null;
  broad: boolean;
};

export function EditPlace({ place, kinds, parents }: { place: EditablePlace; kinds: readonly PlaceKind[]; parents: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () =>
        updatePlaceAction({
          id: place.id,
          version: place.version,
          nameAr: text(f, "nameAr"),
          nameEn: text(f, "nameEn"),
          kind: f.get("kind"),
          parentId: f.get("parentId") || null,
          broad: f.get("broad") === "on",
        }),
      () => t("saved"),
    );
  };
  return (
    <div className="edit-entry" id="edit">
      <h3>{t("editPlace", { name: place.nameEn })}</h3>
      <form className="filter-bar" onSubmit={submit} aria-label={t("editPlace", { name: place.nameEn })}>
        <label>
          {t("nameAr")} <input name="nameAr" dir="rtl" lang="ar" required maxLength={300} defaultValue={place.nameAr} />
        </label>
        <label>
          {t("nameEn")} <input name="nameEn" dir="ltr" lang="en" required maxLength={300} defaultValue={place.nameEn} />
        </label>
        <label>
          {t("kind")} <KindSelect name="kind" kinds={kinds} value={place.kind} label={(k) => t(`placeKind.${k}`)} />
        </label>
        <label>
          {t("parent")} <OptionSelect name="parentId" options={parents} value={place.parentId} exclude={place.id} />
        </label>
        <label>
          <input type="checkbox" name="broad" defaultChecked={place.broad} /> {t("broad")}
        </label>
        <button className="btn" type="submit" disabled={pending}>
          {t("save")}
        </button>
        {status && <span role="status">{status}</span>}
      </form>
      <AddSpelling target="place" id={place.id} version={place.version} />
    </div>
  );
}

export type EditableActor = {
  id: string;
  version: number;
  name: string;
  nameEn: string;
  actorKind: string | null;
  side: string | null;
  memberOfId: string | null;
};

export function EditActor({ actor, kinds, bodies }: { actor: EditableActor; kinds: readonly ActorKind[]; bodies: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () =>
        updateActorAction({
          id: actor.id,
          version: actor.version,
          name: text(f, "name"),
          nameEn: text(f, "nameEn"),
          actorKind: f.get("actorKind"),
          side: text(f, "side") || null,
          memberOfId: f.get("memberOfId") || null,
        }),
      () => t("saved"),
    );
  };
  return (
    <div className="edit-entry" id="edit">
      <h3>{t("editActor", { name: actor.nameEn || actor.name })}</h3>
      <form className="filter-bar" onSubmit={submit} aria-label={t("editActor", { name: actor.nameEn || actor.name })}>
        <label>
          {t("nameAr")} <input name="name" dir="rtl" lang="ar" required maxLength={300} defaultValue={actor.name} />
        </label>
        <label>
          {t("nameEn")} <input name="nameEn" dir="ltr" lang="en" required maxLength={300} defaultValue={actor.nameEn} />
        </label>
        <label>
          {t("kind")}{" "}
          <KindSelect name="actorKind" kinds={kinds} value={actor.actorKind ?? "other"} label={(k) => t(`actorKind.${k}`)} />
        </label>
        <label>
          {t("side")} <input name="side" dir="auto" maxLength={80} defaultValue={actor.side ?? ""} />
        </label>
        <label>
          {t("memberOf")} <OptionSelect name="memberOfId" options={bodies} value={actor.memberOfId} exclude={actor.id} />
        </label>
        <button className="btn" type="submit" disabled={pending}>
          {t("save")}
        </button>
        {status && <span role="status">{status}</span>}
      </form>
      <AddSpelling target="entity" id={actor.id} version={actor.version} />
    </div>
  );
}

/** Says which entity a bare word ("التحالف", "the government") means on this desk, or forgets the reading. */
export function BareTermForm({
  entities,
  current,
}: {
  entities: Option[];
  current?: { term: string; entityId: string; version: number };
}) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () =>
        setBareTermAction({
          term: current?.term ?? text(f, "term"),
          entityId: f.get("entityId") || null,
          version: current?.version,
        }),
      () => t("saved"),
    );
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={current ? t("bareFor", { term: current.term }) : t("newBare")}>
      {!current && (
        <label>
          {t("term")} <input name="term" dir="auto" required maxLength={300} />
        </label>
      )}
      <label>
        {t("means")} <OptionSelect name="entityId" options={entities} value={current?.entityId ?? null} exclude="" />
      </label>
      <button className="btn" type="submit" disabled={pending}>
        {current ? t("save") : t("newBare")}
      </button>
      {status && <span role="status">{status}</span>}
    </form>
  );
}
