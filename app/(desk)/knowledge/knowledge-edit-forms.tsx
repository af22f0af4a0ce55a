"use client";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { ActorKind, PlaceKind } from "@/lib/knowledge/pack-schema";
import { addKnowledgeAliasAction, setBareTermAction, updateActorAction, updatePlaceAction } from "@/lib/knowledge/actions";
import {
  ActorFields,
  actorInput,
  OptionSelect,
  PlaceFields,
  placeInput,
  text,
  type ActorValues,
  type Option,
  type PlaceValues,
} from "./entry-fields";
import { useSubmit } from "./use-submit";

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

export type EditablePlace = PlaceValues & { id: string; version: number };

export function EditPlace({ place, kinds, parents }: { place: EditablePlace; kinds: readonly PlaceKind[]; parents: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () => updatePlaceAction({ id: place.id, version: place.version, ...placeInput(f) }),
      () => t("saved"),
    );
  };
  return (
    <div className="edit-entry" id="edit">
      <h3>{t("editPlace", { name: place.nameEn })}</h3>
      <form className="filter-bar" onSubmit={submit} aria-label={t("editPlace", { name: place.nameEn })}>
        <PlaceFields kinds={kinds} parents={parents} place={place} />
        <button className="btn" type="submit" disabled={pending}>
          {t("save")}
        </button>
        {status && <span role="status">{status}</span>}
      </form>
      <AddSpelling target="place" id={place.id} version={place.version} />
    </div>
  );
}

export type EditableActor = ActorValues & { id: string; version: number };

export function EditActor({ actor, kinds, bodies }: { actor: EditableActor; kinds: readonly ActorKind[]; bodies: Option[] }) {
  const t = useTranslations("knowledge");
  const { pending, status, run } = useSubmit();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () => updateActorAction({ id: actor.id, version: actor.version, ...actorInput(f) }),
      () => t("saved"),
    );
  };
  return (
    <div className="edit-entry" id="edit">
      <h3>{t("editActor", { name: actor.nameEn || actor.name })}</h3>
      <form className="filter-bar" onSubmit={submit} aria-label={t("editActor", { name: actor.nameEn || actor.name })}>
        <ActorFields kinds={kinds} bodies={bodies} actor={actor} />
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
        {t("means")} <OptionSelect name="entityId" options={entities} value={current?.entityId ?? null} />
      </label>
      <button className="btn" type="submit" disabled={pending}>
        {current ? t("save") : t("newBare")}
      </button>
      {status && <span role="status">{status}</span>}
    </form>
  );
}
