"use client";
import { useCallback } from "react";
import { useLocale, useTranslations } from "next-intl";

/**
 * A refused action in the interface language. The server words its refusals in English, precisely
 * (which field, which limit); in Arabic a known reason gets its translated message, anything else
 * keeps the server's words.
 */
export function useFailureText() {
  const t = useTranslations("errors");
  const locale = useLocale();
  return useCallback(
    (r: { reason?: string; message: string }) =>
      locale !== "en" && r.reason && t.has(r.reason as "INTERNAL") ? t(r.reason as "INTERNAL") : r.message,
    [t, locale],
  );
}
