import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  const target = from && from.startsWith("/") && !from.startsWith("//") ? from : "/articles";
  return (
    <main className="sign-in">
      <h1>Claimdesk</h1>
      <p className="muted">Sign in with the account your desk admin created for you.</p>
      <SignInForm target={target} />
    </main>
  );
}
