import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listUsers } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { CreateUserForm, RoleSelect } from "./user-forms";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const me = await requirePageUser("manage_users", "/admin/users");
  const users = await listUsers(getDb());
  return (
    <>
      <h1>Users</h1>
      <p className="muted">There is no open sign-up: accounts are created here (or with npm run user:create).</p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
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
              <td>{u.id === me.id ? u.role : <RoleSelect userId={u.id} role={u.role} email={u.email} />}</td>
              <td>{u.createdAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Create an account</h2>
      <CreateUserForm />
    </>
  );
}
