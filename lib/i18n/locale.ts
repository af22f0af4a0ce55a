// The two interface languages. English is the default; Arabic is laid out right to left.
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Remembers the language before sign-in (and mirrors the signed-in user's choice). */
export const LOCALE_COOKIE = "claimdesk-locale";

export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "ar";
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** Picks the interface language's side of a bilingual label ({ en, ar }). */
export function pick(label: { en: string; ar: string }, locale: string): string {
  return locale === "ar" ? label.ar : label.en;
}

/** The explanation of a grade ({ explainEn, explainAr }) in the interface language. */
export function explain(label: { explainEn: string; explainAr: string }, locale: string): string {
  return locale === "ar" ? label.explainAr : label.explainEn;
}
