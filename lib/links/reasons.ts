import type { StanceValue } from "@/lib/text/lexicons/types";
import { shippedKnowledge } from "@/lib/knowledge/shipped";
import { actorIdOf, namesIn, placeIdOf, type Names } from "./names";
import { FIGURE_UNITS, type FigureUnit } from "./figures";
import { timeLabelParts } from "./time-label";

// Why detection proposed a link, as data. Proposals store their reasons as the English sentences
// below (in the link, its history event and the API), so `reasonText` is the only way they are
// written and `parseLinkReason` its inverse; the interface translates the parsed form. Actors and
// places are named in Arabic in the stored sentence and carried as lexicon ids once parsed.

export type LinkReason =
  | { code: "sameParties"; a: string; b: string }
  | { code: "sameAgent"; actor: string }
  | { code: "samePlace"; place: string }
  | { code: "sameRegion"; place: string }
  | { code: "stances"; a: StanceValue; b: StanceValue }
  | { code: "denial" }
  | { code: "times"; a: string; b: string; known: boolean }
  /** Each claim says another party holds the place. */
  | { code: "holders"; a: string; b: string }
  /** The counts the two claims give for the event (killed, injured, trucks, displaced). */
  | { code: "figures"; unit: FigureUnit; a: number; b: number }
  /** Claim matching: how alike the two claims are (0–1) and the terms they share. */
  | { code: "similarity"; score: string }
  | { code: "sharedTerms"; terms: string }
  /** An editor's note on a link made by hand, or a sentence this version does not know. */
  | { code: "text"; text: string };

const STANCES: readonly string[] = [
  "drawdown",
  "reinforcement",
  "maintained",
  "cooperation",
  "friction",
  "controls",
  "not_controls",
  "open",
  "closed",
  "attacked",
  "not_attacked",
];
const DENIAL = "one side is a denial";
const TIME_UNKNOWN = " (time unknown)";
const SIMILARITY = "same claim, similarity ";
const SHARED = "shared terms: ";

/** The stored (English) sentence of a reason. */
export function reasonText(r: LinkReason, names: Names = namesIn(shippedKnowledge())): string {
  const { actorLabel, placeLabel } = names;
  switch (r.code) {
    case "sameParties":
      return `same parties: ${actorLabel(r.a).ar} – ${actorLabel(r.b).ar}`;
    case "sameAgent":
      return `same agent: ${actorLabel(r.actor).ar}`;
    case "samePlace":
      return `same place: ${placeLabel(r.place).ar}`;
    case "sameRegion":
      return `same region: ${placeLabel(r.place).ar}`;
    case "stances":
      return `${r.a} vs ${r.b}`;
    case "holders":
      return `held by: ${actorLabel(r.a).ar} – ${actorLabel(r.b).ar}`;
    case "figures":
      return `figures: ${r.a} vs ${r.b} ${r.unit}`;
    case "denial":
      return DENIAL;
    case "times":
      return `${r.a} vs ${r.b}${r.known ? "" : TIME_UNKNOWN}`;
    case "similarity":
      return `${SIMILARITY}${r.score}`;
    case "sharedTerms":
      return `${SHARED}${r.terms}`;
    case "text":
      return r.text;
  }
}

const NAMED = /^(?:same (parties|agent|place|region)|(held by)): (.+)$/;
const FIGURES = /^figures: (\d+) vs (\d+) (\w+)$/;
const VERSUS = /^(\S+) vs (\S+)$/;

/** A stored sentence back as data (every sentence `reasonText` writes, and those stored before it). */
export function parseLinkReason(text: string): LinkReason {
  const named = NAMED.exec(text);
  if (named) {
    const [, same, held, name] = named;
    const what = same ?? held;
    if (what === "held by") {
      const [a, b] = name.split(" – ");
      if (a && b) return { code: "holders", a: actorIdOf(a), b: actorIdOf(b) };
    }
    if (what === "agent") return { code: "sameAgent", actor: actorIdOf(name) };
    if (what === "place") return { code: "samePlace", place: placeIdOf(name) };
    if (what === "region") return { code: "sameRegion", place: placeIdOf(name) };
    const parties = name.split(" – ");
    if (parties.length === 2) return { code: "sameParties", a: actorIdOf(parties[0]), b: actorIdOf(parties[1]) };
  }
  const figures = FIGURES.exec(text);
  if (figures && (FIGURE_UNITS as readonly string[]).includes(figures[3]))
    return { code: "figures", unit: figures[3] as FigureUnit, a: Number(figures[1]), b: Number(figures[2]) };
  if (text === DENIAL) return { code: "denial" };
  if (text.startsWith(SIMILARITY)) return { code: "similarity", score: text.slice(SIMILARITY.length) };
  if (text.startsWith(SHARED)) return { code: "sharedTerms", terms: text.slice(SHARED.length) };
  const known = !text.endsWith(TIME_UNKNOWN);
  const versus = VERSUS.exec(known ? text : text.slice(0, -TIME_UNKNOWN.length));
  if (versus) {
    const [, a, b] = versus;
    if (known && STANCES.includes(a) && STANCES.includes(b)) return { code: "stances", a: a as StanceValue, b: b as StanceValue };
    if (timeLabelParts(a) && timeLabelParts(b)) return { code: "times", a, b, known };
  }
  return { code: "text", text };
}

/** A link's reasons as data: detection's are parsed, an editor's note stays as written. */
export function linkReasons(link: { reasons: string[]; proposedBy: string }): LinkReason[] {
  return link.reasons.map((r) => (link.proposedBy === "system" ? parseLinkReason(r) : { code: "text", text: r }));
}
