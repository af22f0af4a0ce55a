import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listTokens } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { TokenForms } from "./token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageUser("read", "/account");
  const tokens = await listTokens(getDb(), user.id);
  const t = await getTranslations("account");
  const tr = await getTranslations("role");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        <bdi>{user.email}</bdi> · {tr(user.role)}
      </p>
      <h2>{t("tokens")}</h2>
      <p className="muted small">{t.rich("tokensHint", { code: (c) => <code dir="ltr">{c}</code> })}</p>
      <TokenForms tokens={tokens} />
    </>
  );
}
