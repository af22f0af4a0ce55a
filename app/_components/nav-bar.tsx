"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { authClient } from "@/lib/auth/client";
import { LanguageSwitch } from "./language-switch";
import { ShortcutsDialog } from "./shortcuts-dialog";

type Props = { email: string; role: string; canWrite: boolean; isAdmin: boolean };

export function NavBar({ email, role, canWrite, isAdmin }: Props) {
  const t = useTranslations("nav");
  const tr = useTranslations("role");
  const pathname = usePathname();
  const router = useRouter();
  const links = [
    { href: "/", label: t("desk"), show: true },
    { href: "/articles", label: t("articles"), show: true },
    { href: "/claims", label: t("claims"), show: true },
    { href: "/sources", label: t("sources"), show: true },
    { href: "/knowledge", label: t("knowledge"), show: true },
    { href: "/conflicts", label: t("conflicts"), show: true },
    { href: "/timeline", label: t("timeline"), show: true },
    { href: "/sessions", label: t("sessions"), show: true },
    { href: "/import", label: t("import"), show: canWrite },
    { href: "/admin/users", label: t("users"), show: isAdmin },
    { href: "/account", label: t("account"), show: true },
  ];
  const current = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav className="topbar" aria-label={t("label")}>
      <Link href="/" className="brand">
        Claimdesk
      </Link>
      {links
        .filter((l) => l.show)
        .map((l) => (
          <Link key={l.href} href={l.href} aria-current={current(l.href) ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      <span className="spacer" />
      <ShortcutsDialog />
      <LanguageSwitch signedIn />
      <span className="who">
        <bdi>{email}</bdi> · {tr(role as "admin")}
      </span>
      <button
        type="button"
        onClick={async () => {
          await authClient.signOut();
          router.replace("/sign-in");
          router.refresh();
        }}
      >
        {t("signOut")}
      </button>
    </nav>
  );
}
