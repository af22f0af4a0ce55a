"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";

type Props = { email: string; role: string; canWrite: boolean; isAdmin: boolean };

export function NavBar({ email, role, canWrite, isAdmin }: Props) {
  const pathname = usePathname();
  const router = useRouter();
  const links = [
    { href: "/articles", label: "Articles", show: true },
    { href: "/claims", label: "Claims", show: true },
    { href: "/sources", label: "Sources", show: true },
    { href: "/conflicts", label: "Conflicts", show: true },
    { href: "/timeline", label: "Timeline", show: true },
    { href: "/sessions", label: "Sessions", show: true },
    { href: "/import", label: "Import", show: canWrite },
    { href: "/admin/users", label: "Users", show: isAdmin },
    { href: "/account", label: "Account", show: true },
  ];
  return (
    <nav className="topbar" aria-label="Main">
      <Link href="/articles" className="brand">
        Claimdesk
      </Link>
      {links
        .filter((l) => l.show)
        .map((l) => (
          <Link key={l.href} href={l.href} aria-current={pathname.startsWith(l.href) ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      <span className="spacer" />
      <span className="who">
        <bdi>{email}</bdi> · {role}
      </span>
      <button
        type="button"
        onClick={async () => {
          await authClient.signOut();
          router.replace("/sign-in");
          router.refresh();
        }}
      >
        Sign out
      </button>
    </nav>
  );
}
