// next-intl request configuration: the signed-in user's language, else the cookie (the language
// switch), else what the browser asks for (Accept-Language), else English.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locale";
import { catalogs } from "./catalogs";

async function requestLocale(): Promise<Locale> {
  const user = await currentUser().catch(() => null);
  if (user) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: catalogs[locale], timeZone: "UTC" };
});
