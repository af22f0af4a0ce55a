import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listTokens } from "@/lib/auth/data";
import { requirePageUser } from "@/lib/auth/session";
import { TokenForms } from "./token-forms";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageUser("read", "/account");
  const tokens = await listTokens(getDb(), user.id);
  return (
    <>
      <h1>Your account</h1>
      <p>
        <bdi>{user.email}</bdi> · {user.role}
      </p>
      <h2>Personal API tokens</h2>
      <p className="muted small">
        Scripts send a token as <code>Authorization: Bearer …</code> and act with your role. A token is shown once; only its hash
        is kept.
      </p>
      <TokenForms tokens={tokens} />
    </>
  );
}
