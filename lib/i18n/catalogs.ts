import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import type { Locale } from "./locale";

export const catalogs: Record<Locale, typeof en> = { en, ar };
