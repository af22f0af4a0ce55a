import { useLocale, useTranslations } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import { actorLabel, placeLabel } from "@/lib/links/names";
import type { LinkReason } from "@/lib/links/reasons";
import { formatTimeLabel } from "@/lib/links/time-label";
import { parseSuggestionReason } from "@/lib/claims/suggestion-reasons";

/** A message by its full catalog key ("reasons.link.sameAgent"), with its values. */
export type Say = (key: string, values?: Record<string, string>) => string;

/** Why a link was proposed, in the interface language: actors and places by their names in it, times as its dates. */
export function linkReasonText(r: LinkReason, say: Say, locale: string): string {
  const actor = (id: string) => pick(actorLabel(id), locale);
  const place = (id: string) => pick(placeLabel(id), locale);
  const time = (label: string) => formatTimeLabel(label, locale);
  switch (r.code) {
    case "sameParties":
      return say("reasons.link.sameParties", { a: actor(r.a), b: actor(r.b) });
    case "sameAgent":
      return say("reasons.link.sameAgent", { actor: actor(r.actor) });
    case "samePlace":
      return say("reasons.link.samePlace", { place: place(r.place) });
    case "sameRegion":
      return say("reasons.link.sameRegion", { place: place(r.place) });
    case "stances":
      return say("reasons.link.stances", { a: say(`stance.${r.a}`), b: say(`stance.${r.b}`) });
    case "holders":
      return say("reasons.link.holders", { a: actor(r.a), b: actor(r.b) });
    case "figures":
      return say("reasons.link.figures", { a: String(r.a), b: String(r.b), unit: say(`reasons.figureUnit.${r.unit}`) });
    case "denial":
      return say("reasons.link.denial");
    case "times":
      return say(r.known ? "reasons.link.times" : "reasons.link.timesUnknown", { a: time(r.a), b: time(r.b) });
    case "similarity":
      return say("reasons.link.similarity", { score: r.score });
    case "sharedTerms":
      return say("reasons.link.sharedTerms", { terms: r.terms });
    case "text":
      return r.text;
  }
}

/** Why a sentence was suggested as a claim, in the interface language; the article's words stay as they are. */
export function suggestionReasonText(stored: string, say: Say): string {
  const r = parseSuggestionReason(stored);
  return r.code === "text" ? r.text : say(`reasons.suggestion.${r.code}`, { words: r.words });
}

function useSay(): Say {
  const t = useTranslations();
  return (key, values) => t(key as "reasons.link.sameAgent", values as { actor: string });
}

export function useLinkReasonText(): (reason: LinkReason) => string {
  const say = useSay();
  const locale = useLocale();
  return (r) => linkReasonText(r, say, locale);
}

export function useSuggestionReasonText(): (stored: string) => string {
  const say = useSay();
  return (stored) => suggestionReasonText(stored, say);
}
