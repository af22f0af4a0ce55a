import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { actorName, facetOptions, placeName, timelineClaims, type ClaimCard } from "@/lib/links/data";
import { STANCE_LABELS, stanceOf } from "@/lib/links/labels";
import { layoutTimeline } from "@/lib/links/timeline";
import { TimelineChart } from "./chart";

export const metadata: Metadata = { title: "Timeline" };
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
  const width = 900;
  const layout = layoutTimeline(
    dated.map((c) => ({ id: c.id, time: c.time, stance: stance(c) })),
    LANES,
    width,
  );
  const subject = [place && placeName(place), actor && actorName(actor)].filter(Boolean).join(" · ");

  return (
    <>
      <h1>
        Timeline
        {subject && (
          <>
            {" "}
            — <bdi>{subject}</bdi>
          </>
        )}
      </h1>
      <form className="filter-bar" method="get" action="/timeline">
        <label>
          Place{" "}
          <select name="place" defaultValue={place}>
            <option value="">any place</option>
            {options.places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor{" "}
          <select name="actor" defaultValue={actor}>
            <option value="">any actor</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label} ({a.count})
              </option>
            ))}
          </select>
        </label>
        <button className="btn secondary" type="submit">
          Show
        </button>
        {(place || actor) && (
          <Link className="small" href={`/conflicts?${new URLSearchParams({ place, actor })}`}>
            Conflicts of this selection
          </Link>
        )}
      </form>
      {!place && !actor ? (
        <p className="muted">Choose a place or an actor to see its claims over time.</p>
      ) : claims.length === 0 ? (
        <p className="muted">No claim mentions this selection.</p>
      ) : (
        <>
          <p className="small muted">
            {dated.length} dated {dated.length === 1 ? "claim" : "claims"}, {undated.length} with an unknown date. Each bar spans
            the time the claim refers to (a month, a year, a day); the symbol and the lane name its stance.
          </p>
          <ul className="legend small" aria-label="Stances">
            {LANES.map((l) => (
              <li key={l}>
                <span aria-hidden="true" style={{ color: STANCE_LABELS[l].color }}>
                  {STANCE_LABELS[l].symbol}
                </span>{" "}
                {STANCE_LABELS[l].label}
              </li>
            ))}
          </ul>
          {dated.length > 0 && (
            <TimelineChart
              width={width}
              lanes={LANES}
              layout={layout}
              claims={Object.fromEntries(
                dated.map((c) => [c.id, { quote: c.quote, articleId: c.articleId, label: c.timeLabel }]),
              )}
            />
          )}
          <h2>Claims by date</h2>
          {dated.length === 0 ? (
            <p className="small muted">None.</p>
          ) : (
            <ClaimTable claims={[...dated].sort((a, b) => a.time.from.localeCompare(b.time.from))} stance={stance} />
          )}
          <h2>Date unknown ({undated.length})</h2>
          {undated.length === 0 ? <p className="small muted">None.</p> : <ClaimTable claims={undated} stance={stance} />}
        </>
      )}
    </>
  );
}

function ClaimTable({ claims, stance }: { claims: ClaimCard[]; stance: (c: ClaimCard) => string }) {
  return (
    <table className="list small">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Stance</th>
          <th scope="col">Claim</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => {
          const s = STANCE_LABELS[stance(c)];
          return (
            <tr key={c.id}>
              <td>{c.timeLabel}</td>
              <td>
                <span aria-hidden="true" style={{ color: s.color }}>
                  {s.symbol}
                </span>{" "}
                {s.label}
                {c.stances[0]?.negated ? " (denial)" : ""}
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
