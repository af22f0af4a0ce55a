import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { pick } from "@/lib/i18n/locale";
import { facetOptions, timelineClaims, type ClaimCard } from "@/lib/links/data";
import { STANCE_LABELS, stanceOf } from "@/lib/links/labels";
import { actorLabel, placeLabel } from "@/lib/links/names";
import { formatTimeLabel } from "@/lib/links/time-label";
import { timelinePoints } from "@/lib/links/timeline";
import { FacetSelect } from "@/app/_components/facet-select";
import { TimelineChart } from "./chart";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}
export const dynamic = "force-dynamic";

const LANES = ["drawdown", "reinforcement", "maintained", "cooperation", "friction", "none"];
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => {
  const s = (Array.isArray(v) ? v[0] : v) ?? "";
  return /^[a-z0-9_]{1,64}$/.test(s) ? s : "";
};

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageUser("read", "/timeline");
  const sp = await searchParams;
  const t = await getTranslations("timeline");
  const tk = await getTranslations("stance");
  const locale = await getLocale();
  const place = one(sp.place);
  const actor = one(sp.actor);
  const db = getDb();
  const [options, claims] = await Promise.all([
    facetOptions(db),
    timelineClaims(db, { place: place || undefined, actor: actor || undefined }),
  ]);
  const dated = claims.filter((c): c is ClaimCard & { time: { from: string; to: string } } => c.time !== null);
  const undated = claims.filter((c) => c.time === null);
  const stance = (c: ClaimCard) => {
    const s = stanceOf(c.stances);
    return LANES.includes(s.key) ? s.key : "none";
  };
  const { points, rowsPerLane } = timelinePoints(
    dated.map((c) => ({ id: c.id, time: c.time, stance: stance(c) })),
    LANES,
  );
  const subject = [place && pick(placeLabel(place), locale), actor && pick(actorLabel(actor), locale)]
    .filter(Boolean)
    .join(" · ");

  return (
    <>
      <h1>
        {t("title")}
        {subject && (
          <>
            {" "}
            — <bdi>{subject}</bdi>
          </>
        )}
      </h1>
      <form className="filter-bar" method="get" action="/timeline">
        <FacetSelect name="place" label={t("place")} any={t("anyPlace")} options={options.places} value={place} />
        <FacetSelect name="actor" label={t("actor")} any={t("anyActor")} options={options.actors} value={actor} />
        <button className="btn secondary" type="submit">
          {t("show")}
        </button>
        {(place || actor) && (
          <Link className="small" href={`/conflicts?${new URLSearchParams({ place, actor })}`}>
            {t("conflicts")}
          </Link>
        )}
      </form>
      {!place && !actor ? (
        <p className="muted">{t("choose")}</p>
      ) : claims.length === 0 ? (
        <p className="muted">{t("nothing")}</p>
      ) : (
        <>
          <p className="small muted">{t("summary", { dated: dated.length, undated: undated.length })}</p>
          <ul className="legend small" aria-label={t("stances")}>
            {LANES.map((l) => (
              <li key={l}>
                <span aria-hidden="true" style={{ color: STANCE_LABELS[l].color }}>
                  {STANCE_LABELS[l].symbol}
                </span>{" "}
                {tk(l as "none")}
              </li>
            ))}
          </ul>
          {dated.length > 0 && (
            <TimelineChart
              lanes={LANES}
              laneNames={LANES.map((l) => tk(l as "none"))}
              title={t("chartTitle")}
              points={points}
              rowsPerLane={rowsPerLane}
              claims={Object.fromEntries(
                dated.map((c) => [
                  c.id,
                  { quote: c.quote, href: `/articles/${c.articleId}#claim-${c.id}`, label: formatTimeLabel(c.timeLabel, locale) },
                ]),
              )}
            />
          )}
          <h2>{t("byDate")}</h2>
          {dated.length === 0 ? (
            <p className="small muted">{t("none")}</p>
          ) : (
            <ClaimTable claims={[...dated].sort((a, b) => a.time.from.localeCompare(b.time.from))} stance={stance} />
          )}
          <h2>{t("unknown", { count: undated.length })}</h2>
          {undated.length === 0 ? <p className="small muted">{t("none")}</p> : <ClaimTable claims={undated} stance={stance} />}
        </>
      )}
    </>
  );
}

function ClaimTable({ claims, stance }: { claims: ClaimCard[]; stance: (c: ClaimCard) => string }) {
  const t = useTranslations("timeline");
  const tk = useTranslations("stance");
  const locale = useLocale();
  return (
    <table className="list small">
      <thead>
        <tr>
          <th scope="col">{t("time")}</th>
          <th scope="col">{t("stance")}</th>
          <th scope="col">{t("claim")}</th>
          <th scope="col">{t("article")}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => {
          const s = STANCE_LABELS[stance(c)];
          return (
            <tr key={c.id}>
              <td>{formatTimeLabel(c.timeLabel, locale)}</td>
              <td>
                <span aria-hidden="true" style={{ color: s.color }}>
                  {s.symbol}
                </span>{" "}
                {tk(stance(c) as "none")}
                {c.stances[0]?.negated ? ` ${t("denial")}` : ""}
              </td>
              <td dir={c.language === "ar" ? "rtl" : "ltr"} lang={c.language} className="quote-cell">
                {c.quote}
              </td>
              <td>
                <Link href={`/articles/${c.articleId}#claim-${c.id}`}>
                  <bdi>{c.articleTitle}</bdi>
                </Link>
                {c.outlet && (
                  <>
                    {" "}
                    · <bdi>{c.outlet}</bdi>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
