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

/**
 * The interface language a browser asks for (`Accept-Language: ar-SY,ar;q=0.9,en-GB;q=0.8`): the
 * supported language with the highest weight, regions ignored; the default when none is supported.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  let best: { locale: Locale; q: number } | null = null;
  for (const part of (header ?? "").split(",")) {
    const [tag, ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!isLocale(language) || !(q > 0)) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
