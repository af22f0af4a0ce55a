"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export type Outcome = { ok: boolean; message?: string };

/** Runs a knowledge action, shows its outcome as a status line and refreshes the page when it saved. */
export function useSubmit() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<string | null>(null);
  const run = (action: () => Promise<Outcome>, done: (r: Outcome) => string) =>
    start(async () => {
      const result = await action();
      setStatus(result.ok ? done(result) : (result.message ?? ""));
      if (result.ok) router.refresh();
    });
  return { pending, status, run };
}
