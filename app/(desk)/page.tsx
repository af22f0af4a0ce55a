import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { getDashboard } from "@/lib/dashboard/data";
import { requirePageUser } from "@/lib/auth/session";
import { ATTRIBUTION_KIND_LABELS, type AttributionKind } from "@/lib/sources/kinds";
import { pick } from "@/lib/i18n/locale";
import { CountChart, type Bar } from "./_dashboard/bar-chart";
import { CountTable } from "./_dashboard/count-table";
import { RecentActivity } from "./_dashboard/recent-activity";
import { Day } from "@/app/_components/instant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}
export const dynamic = "force-dynamic";

const VERDICT_COLORS: Record<string, string> = {
  unverified: "#5c6370",
  corroborated: "#1e6b3a",
  contested: "#8a5a00",
  false: "#a4262c",
  misleading: "#6b3fa0",
  unverifiable: "#1f5f8b",
};

export default async function DashboardPage() {
  await requirePageUser("read", "/");
  const [d, t, tv, locale] = await Promise.all([
    getDashboard(getDb()),
    getTranslations("dashboard"),
    getTranslations("verdict"),
    getLocale(),
  ]);
  const verdictBars: Bar[] = d.byVerdict.map((c) => ({ ...c, label: tv(c.key as "false"), color: VERDICT_COLORS[c.key] }));
  const kindBars: Bar[] = d.byKind.map((c) => ({ ...c, label: pick(ATTRIBUTION_KIND_LABELS[c.key as AttributionKind], locale) }));
  const placeBars: Bar[] = d.conflictsByPlace.map((p) => ({
    key: p.id,
    label: pick(p.label, locale),
    count: p.count,
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("summary", { claims: d.claims, conflicts: d.openConflicts, sessions: d.sessions.length })}</p>
      <div className="dashboard">
        <section className="panel" aria-labelledby="by-verdict">
          <h2 id="by-verdict">{t("byVerdict")}</h2>
          <CountChart bars={verdictBars} name={t("claims")} />
          <CountTable caption={t("byVerdict")} head={t("verdict")} bars={verdictBars} href={(k) => `/claims?verdict=${k}`} />
        </section>
        <section className="panel" aria-labelledby="by-kind">
          <h2 id="by-kind">{t("byKind")}</h2>
          <CountChart bars={kindBars} name={t("attributions")} />
          <CountTable caption={t("byKind")} head={t("kind")} bars={kindBars} href={(k) => `/claims?kind=${k}`} />
        </section>
        <section className="panel" aria-labelledby="by-place">
          <h2 id="by-place">{t("conflictsByPlace")}</h2>
          {placeBars.length === 0 ? (
            <p className="muted">{t("noConflicts")}</p>
          ) : (
            <>
              <CountChart bars={placeBars} name={t("conflicts")} />
              <CountTable
                caption={t("conflictsByPlace")}
                head={t("place")}
                bars={placeBars}
                href={(k) => `/conflicts?place=${encodeURIComponent(k)}`}
              />
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="in-progress">
          <h2 id="in-progress">{t("sessions")}</h2>
          {d.sessions.length === 0 ? (
            <p className="muted">{t("noSessions")}</p>
          ) : (
            <ul className="plain">
              {d.sessions.map((s) => (
                <li key={s.id}>
                  <Link href={`/sessions/${s.id}`}>
                    <bdi>{s.title}</bdi>
                  </Link>{" "}
                  <span className="muted small">
                    · <Day day={s.date} /> · {t("decided", { decided: s.decided, total: s.total })}
                  </span>{" "}
                  <progress value={s.decided} max={Math.max(1, s.total)} aria-label={t("decidedLabel", { title: s.title })} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel wide" aria-labelledby="recent">
          <h2 id="recent">{t("recent")}</h2>
          <RecentActivity events={d.recent} />
        </section>
      </div>
    </>
  );
}
