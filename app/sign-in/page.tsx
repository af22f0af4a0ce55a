import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  const t = await getTranslations("signIn");
  const target = safeReturnPath(from);
  return (
    <main className="sign-in">
      <LanguageSwitch signedIn={false} />
      <h1>Claimdesk</h1>
      <p className="muted">{t("intro")}</p>
      <SignInForm target={target} />
    </main>
  );
}
