import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listSessions } from "@/lib/review/data";
import { listUsers } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { Pager } from "@/app/_components/pager";
import { Day } from "@/app/_components/instant";
import { NewSessionForm } from "./new-session-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("title") };
}
export const dynamic = "force-dynamic";

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser("read", "/sessions");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pageSize } = await listSessions(getDb(), page, 50);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const canWrite = can(user.role, "write");
  const t = await getTranslations("sessions");
  const people = canWrite ? (await listUsers(getDb())).filter((u) => u.role !== "viewer") : [];
  return (
    <>
      <h1>{t("title")}</h1>
      {canWrite && <NewSessionForm users={people.map((u) => ({ id: u.id, email: u.email }))} me={user.id} />}
      <p className="muted">{t("count", { count: total })}</p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("decided")}</th>
            <th scope="col">{t("participants")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/sessions/${s.id}`} dir="auto">
                  {s.title}
                </Link>
              </td>
              <td>
                <Day day={s.date} />
              </td>
              <td>
                <span className="badge">{t(s.status === "signed_off" ? "signedOff" : "open")}</span>
              </td>
              <td className="num">
                {s.decided}/{s.total}
              </td>
              <td className="small">
                {s.participants.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ", "}
                    <bdi>{p.label}</bdi>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={pages} href={(p) => `/sessions?page=${p}`} />
    </>
  );
}
