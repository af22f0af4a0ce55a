"use client";
import { useTranslations } from "next-intl";
import type { ActorKind, PlaceKind } from "@/lib/knowledge/pack-schema";

// The fields of a place and of an actor, shared by the forms that add one and the forms that edit
// one, and how a submitted form is read back into the action's input.

export type Option = { id: string; label: string };
export const text = (f: FormData, name: string) => String(f.get(name) ?? "").trim();

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

/** A choice among entries, "—" for none; an entry cannot be chosen for itself. */
export function OptionSelect({
  name,
  options,
  value,
  exclude,
}: {
  name: string;
  options: Option[];
  value: string | null;
  exclude?: string;
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

export type PlaceValues = { id?: string; nameAr: string; nameEn: string; kind: string; parentId: string | null; broad: boolean };
const NEW_PLACE: PlaceValues = { nameAr: "", nameEn: "", kind: "town", parentId: null, broad: false };

export function PlaceFields({
  kinds,
  parents,
  place = NEW_PLACE,
}: {
  kinds: readonly PlaceKind[];
  parents: Option[];
  place?: PlaceValues;
}) {
  const t = useTranslations("knowledge");
  return (
    <>
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
    </>
  );
}

/** The place fields of a submitted form, as the place actions take them. */
export const placeInput = (f: FormData) => ({
  nameAr: text(f, "nameAr"),
  nameEn: text(f, "nameEn"),
  kind: f.get("kind"),
  parentId: f.get("parentId") || null,
  broad: f.get("broad") === "on",
});

export type ActorValues = {
  id?: string;
  name: string;
  nameEn: string;
  actorKind: string | null;
  side: string | null;
  memberOfId: string | null;
};
const NEW_ACTOR: ActorValues = { name: "", nameEn: "", actorKind: "armed_force", side: null, memberOfId: null };

export function ActorFields({
  kinds,
  bodies,
  actor = NEW_ACTOR,
}: {
  kinds: readonly ActorKind[];
  bodies: Option[];
  actor?: ActorValues;
}) {
  const t = useTranslations("knowledge");
  return (
    <>
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
    </>
  );
}

/** The actor fields of a submitted form, as the actor actions take them. */
export const actorInput = (f: FormData) => ({
  name: text(f, "name"),
  nameEn: text(f, "nameEn"),
  actorKind: f.get("actorKind"),
  side: text(f, "side") || null,
  memberOfId: f.get("memberOfId") || null,
});
