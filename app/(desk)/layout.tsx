import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { NavBar } from "@/app/_components/nav-bar";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("read");
  const t = await getTranslations("nav");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <NavBar email={user.email} role={user.role} canWrite={can(user.role, "write")} isAdmin={can(user.role, "manage_users")} />
      <main id="main">{children}</main>
    </>
  );
}
