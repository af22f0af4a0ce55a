import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { knowledgeOverview } from "@/lib/knowledge/data";
import { ACTOR_KINDS, PLACE_KINDS, type ActorKind, type PlaceKind } from "@/lib/knowledge/pack-schema";
import { BareTermForm, EditActor, EditPlace } from "./knowledge-edit-forms";
import { NewActorForm, NewPlaceForm, PackControls, PackToggle } from "./knowledge-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ place?: string; actor?: string }> };

export default async function KnowledgePage({ searchParams }: Props) {
  const user = await requirePageUser("read", "/knowledge");
  const { place: editPlaceId, actor: editActorId } = await searchParams;
  const canWrite = can(user.role, "write");
  const { actors, places, bareTerms, packs } = await knowledgeOverview(getDb());
  const t = await getTranslations("knowledge");
  const ar = (await getLocale()) === "ar";
  const actorKind = (k: string | null) =>
    k && (ACTOR_KINDS as readonly string[]).includes(k) ? t(`actorKind.${k as ActorKind}`) : (k ?? "—");
  const placeKind = (k: string) => ((PLACE_KINDS as readonly string[]).includes(k) ? t(`placeKind.${k as PlaceKind}`) : k);
  const placeOptions = places.map((p) => ({ id: p.id, label: `${"· ".repeat(p.depth)}${ar ? p.nameAr : p.nameEn}` }));
  const editedPlace = places.find((p) => p.id === editPlaceId);
  const editedActor = actors.find((a) => a.id === editActorId);
  const actorOptions = actors.map((a) => ({ id: a.id, label: ar ? a.name : a.nameEn || a.name }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>

      <section aria-labelledby="packs">
        <h2 id="packs">{t("packs")}</h2>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("loadedAt")}</th>
              <th scope="col">{t("enabled")}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td>{ar ? p.nameAr : p.nameEn}</td>
                <td>{p.loadedAt.toISOString().slice(0, 10)}</td>
                <td>
                  {canWrite ? <PackToggle id={p.id} version={p.version} enabled={p.enabled} /> : t(p.enabled ? "yes" : "no")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <PackControls canWrite={canWrite} />
      </section>

      <section aria-labelledby="actors">
        <h2 id="actors">{t("actors", { count: actors.length })}</h2>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("side")}</th>
              <th scope="col">{t("memberOf")}</th>
              <th scope="col">{t("aliases")}</th>
              {canWrite && <th scope="col">{t("edit")}</th>}
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.id}>
                <td>
                  <bdi>{a.name}</bdi> · <bdi>{a.nameEn}</bdi>
                </td>
                <td>{actorKind(a.actorKind)}</td>
                <td>{a.side ?? "—"}</td>
                <td>{a.memberOf ? <bdi>{a.memberOf.name}</bdi> : "—"}</td>
                <td>{a._count.aliases}</td>
                {canWrite && (
                  <td>
                    <Link href={`/knowledge?actor=${a.id}#edit`} aria-label={t("editActor", { name: a.nameEn || a.name })}>
                      {t("edit")}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {canWrite && editedActor && (
          <EditActor key={editedActor.id} actor={editedActor} kinds={ACTOR_KINDS} bodies={actorOptions} />
        )}
        {canWrite && <NewActorForm kinds={ACTOR_KINDS} bodies={actorOptions} />}
      </section>

      <section aria-labelledby="places">
        <h2 id="places">{t("places", { count: places.length })}</h2>
        <ul className="place-tree">
          {places.map((p) => (
            <li key={p.id} style={{ paddingInlineStart: `${p.depth * 1.5}em` }}>
              <bdi>{p.nameAr}</bdi> · <bdi>{p.nameEn}</bdi> <span className="muted">({placeKind(p.kind)})</span>
              {p.broad && <span className="muted"> · {t("broad")}</span>}
              {canWrite && (
                <>
                  {" "}
                  <Link href={`/knowledge?place=${p.id}#edit`} aria-label={t("editPlace", { name: p.nameEn })}>
                    {t("edit")}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
        {canWrite && editedPlace && (
          <EditPlace key={editedPlace.id} place={editedPlace} kinds={PLACE_KINDS} parents={placeOptions} />
        )}
        {canWrite && <NewPlaceForm kinds={PLACE_KINDS} parents={placeOptions} />}
      </section>

      <section aria-labelledby="bare">
        <h2 id="bare">{t("bareTerms")}</h2>
        <p className="muted">{t("bareIntro")}</p>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t("term")}</th>
              <th scope="col">{t("means")}</th>
            </tr>
          </thead>
          <tbody>
            {bareTerms.map((b) => (
              <tr key={b.id}>
                <td>
                  <bdi>{b.term}</bdi>
                </td>
                <td>
                  {canWrite ? (
                    <BareTermForm entities={actorOptions} current={{ term: b.term, entityId: b.entity.id, version: b.version }} />
                  ) : (
                    <bdi>{ar ? b.entity.name : b.entity.nameEn || b.entity.name}</bdi>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {canWrite && <BareTermForm entities={actorOptions} />}
      </section>
    </>
  );
}
