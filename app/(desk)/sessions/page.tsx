import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listSessions } from "@/lib/review/data";
import { listUsers } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { NewSessionForm } from "./new-session-form";

export const metadata: Metadata = { title: "Review sessions" };
export const dynamic = "force-dynamic";

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser("read", "/sessions");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pageSize } = await listSessions(getDb(), page, 50);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const canWrite = can(user.role, "write");
  const people = canWrite ? (await listUsers(getDb())).filter((u) => u.role !== "viewer") : [];
  return (
    <>
      <h1>Review sessions</h1>
      {canWrite && <NewSessionForm users={people.map((u) => ({ id: u.id, email: u.email }))} me={user.id} />}
      <p className="muted">
        {total} {total === 1 ? "session" : "sessions"}
      </p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Decided</th>
            <th scope="col">Participants</th>
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
              <td>{s.date}</td>
              <td>
                <span className="badge">{s.status === "signed_off" ? "signed off" : "open"}</span>
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
      {pages > 1 && (
        <nav aria-label="Pages" className="small">
          {page > 1 && <Link href={`/sessions?page=${page - 1}`}>Previous</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={`/sessions?page=${page + 1}`}>Next</Link>}
        </nav>
      )}
    </>
  );
}
