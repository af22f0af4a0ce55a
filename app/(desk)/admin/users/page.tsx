import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listUsers } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { CreateUserForm, RoleSelect } from "./user-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const me = await requirePageUser("manage_users", "/admin/users");
  const users = await listUsers(getDb());
  const t = await getTranslations("users");
  const tr = await getTranslations("role");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t.rich("intro", { code: (c) => <code dir="ltr">{c}</code> })}</p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("since")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <bdi>{u.email}</bdi>
              </td>
              <td>
                <bdi>{u.name}</bdi>
              </td>
              <td>{u.id === me.id ? tr(u.role) : <RoleSelect userId={u.id} role={u.role} email={u.email} />}</td>
              <td>{format.dateTime(new Date(u.createdAt), { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("createHeading")}</h2>
      <CreateUserForm />
    </>
  );
}
