"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { KnowledgeChoices } from "@/lib/knowledge/data";
import { ACTOR_KINDS, PLACE_KINDS } from "@/lib/knowledge/pack-schema";
import { addKnowledgeAliasAction, createActorAction, createPlaceAction, knowledgeChoicesAction } from "@/lib/knowledge/actions";
import { createSourceAction } from "@/lib/sources/actions";
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from "@/lib/sources/kinds";

type What = "place" | "actor" | "source";

/** "This is… a place / an actor / a source": a new entry named by the selection, or the selection added as a spelling of one. */
export function MarkKnowledge({ quote }: { quote: string }) {
  const t = useTranslations("knowledge");
  const ar = useLocale() === "ar";
  const router = useRouter();
  const [what, setWhat] = useState<What | null>(null);
  const [existing, setExisting] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // the desk's places and entities are read when the editor first asks, not with every article page
  const [choices, setChoices] = useState<KnowledgeChoices>({ places: [], entities: [] });
  const [loaded, setLoaded] = useState(false);
  const choose = (w: What) => {
    setWhat(what === w ? null : w);
    setExisting("");
    if (!loaded) {
      setLoaded(true);
      start(async () => {
        const r = await knowledgeChoicesAction({});
        if (r.ok) setChoices(r.choices);
        else setStatus(r.message);
      });
    }
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const nameEn = String(f.get("nameEn") || quote);
    start(async () => {
      const place = choices.places.find((p) => p.id === existing);
      const result = existing
        ? await addKnowledgeAliasAction(
            place
              ? { target: "place", id: place.id, version: place.version, alias: quote }
              : { target: "entity", id: existing, alias: quote },
          )
        : what === "place"
          ? await createPlaceAction({ nameAr: quote, nameEn, kind: f.get("kind"), parentId: f.get("parentId") || null })
          : what === "actor"
            ? await createActorAction({ name: quote, nameEn, actorKind: f.get("kind") })
            : await createSourceAction({ name: quote, kind: f.get("kind") });
      setStatus(result.ok ? t("saved") : result.message);
      if (result.ok) {
        setWhat(null);
        router.refresh();
      }
    });
  };

  const pool =
    what === "place"
      ? choices.places.map((p) => ({ id: p.id, label: ar ? p.nameAr : p.nameEn }))
      : choices.entities.map((e) => ({ id: e.id, label: ar ? e.name : e.nameEn || e.name }));
  const kinds: readonly string[] = what === "place" ? PLACE_KINDS : what === "actor" ? ACTOR_KINDS : SOURCE_KINDS;
  const kindLabel = (k: string) =>
    what === "source"
      ? SOURCE_KIND_LABELS[k as (typeof SOURCE_KINDS)[number]][ar ? "ar" : "en"]
      : t(`${what === "place" ? "placeKind" : "actorKind"}.${k}` as "placeKind.town");

  return (
    <span className="mark-knowledge">
      <span className="small muted">{t("thisIs")}</span>{" "}
      {(["place", "actor", "source"] as const).map((w) => (
        <button key={w} className="btn" type="button" aria-pressed={what === w} onClick={() => choose(w)}>
          {t(`as.${w}`)}
        </button>
      ))}
      {what && (
        <form className="filter-bar" onSubmit={submit} aria-label={t(`as.${what}`)}>
          <label>
            {t("addTo")}{" "}
            <select value={existing} onChange={(e) => setExisting(e.target.value)}>
              <option value="">{t("newEntry")}</option>
              {pool.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {!existing && (
            <>
              {what !== "source" && (
                <label>
                  {t("nameEn")} <input name="nameEn" dir="ltr" lang="en" maxLength={300} />
                </label>
              )}
              <label>
                {t("kind")}{" "}
                <select name="kind" defaultValue={what === "place" ? "town" : what === "actor" ? "armed_force" : "organization"}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {kindLabel(k)}
                    </option>
                  ))}
                </select>
              </label>
              {what === "place" && (
                <label>
                  {t("parent")}{" "}
                  <select name="parentId" defaultValue="">
                    <option value="">—</option>
                    {pool.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </>
          )}
          <button className="btn" type="submit" disabled={pending}>
            {t("save")}
          </button>
        </form>
      )}
      {status && <span role="status"> {status}</span>}
    </span>
  );
}
