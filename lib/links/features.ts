import { normalizeArabic } from "@/lib/text/normalize";
import { BACKGROUND_OPENERS, REFERENCE_DIRECTIONS } from "@/lib/text/lexicons/grammar";
import { shippedKnowledge } from "@/lib/knowledge/shipped";
import type { Knowledge } from "@/lib/knowledge/types";
import { actorIds, findMentions, isSpot, lexiconOf, type IgnoredMention, type Lexicon, type Mention } from "./entities";
import { findFigures } from "./figures";
import { clauseOf, compile, compileWords, matchAt, matchWord, tokenize, type Token } from "./match";
import { assignRoles, type RoledMention } from "./roles";
import type { ActorId } from "@/lib/text/lexicons/types";
import { eventTokens, findStances, matchCues, resolveStances, type CueHit } from "./stance";
import { eventTime, type EventTime } from "./time";
import type { ClaimFeatures, Precision } from "./types";

export interface FeatureContext {
  articleDate: string | null;
  articlePrecision: Precision;
  /** The doer named around the text (its sentence), used when the text names none. */
  agentHint?: ActorId | null;
  /** What the desk knows (its actors and places); the shipped packs when not given (tests, tools). */
  knowledge?: Knowledge;
}

/** Everything found in a claim, for explaining and testing the features. */
export interface Analysis {
  normalized: string;
  tokens: Token[];
  actors: RoledMention[];
  places: Mention[];
  ignoredPlaces: IgnoredMention[];
  cues: CueHit[];
  time: EventTime;
  features: ClaimFeatures;
}

export function analyzeClaim(text: string, ctx: FeatureContext): Analysis {
  const normalized = normalizeArabic(text);
  const tokens = tokenize(normalized);
  const lex = lexiconOf(ctx.knowledge ?? shippedKnowledge());
  const { mentions, ignored } = findMentions(tokens, lex);
  const roles = assignRoles(tokens, mentions, eventTokens(tokens));
  const { roled, attributions } = roles;
  const places = mentions.filter((m) => m.kind === "place");
  const agent = roles.agent ?? operatorOf(lex, tokens, places) ?? ctx.agentHint ?? null;
  const cues = findStances(tokens, roled, agent, attributions, lex);
  const blocked = places.map((p) => ({ start: tokens[p.from].start, end: tokens[p.to - 1].end }));
  const time = eventTime(normalized, ctx, blocked);

  const placeList: ClaimFeatures["places"] = [];
  for (const p of places) {
    if (placeList.some((x) => x.id === p.id)) continue;
    placeList.push({ id: p.id, region: lex.place(p.id)?.region ?? p.id });
  }
  const background = backgroundPlaces(tokens, places, cues);
  const regions = [
    ...new Set(places.filter((p) => !lex.place(p.id)?.broad && !background.has(p)).map((p) => lex.place(p.id)?.region ?? p.id)),
  ];
  const spots = [
    ...new Set(places.filter((p) => !background.has(p) && !isReferencePoint(tokens, p) && isSpot(lex, p.id)).map((p) => p.id)),
  ];
  const figures = findFigures(tokens);
  const features: ClaimFeatures = {
    actors: actorIds(mentions),
    agent,
    places: placeList,
    regions,
    ...(spots.length ? { spots } : {}),
    ...(figures.length ? { figures } : {}),
    time: time.time,
    timeLabel: time.label,
    stances: resolveStances(cues),
  };
  return { normalized, tokens, actors: roled, places, ignoredPlaces: ignored, cues, time, features };
}

const OPENERS = BACKGROUND_OPENERS.map(compile);
const DIRECTIONS = compileWords(REFERENCE_DIRECTIONS);
const OF = compileWords(["of"]);

// "بلدة جبرة الشيخ شمال بارا", "منطقة أم صميمة غرب الأبيض", "west of El Obeid": a place after a
// direction locates another one; the claim is not at it.
function isReferencePoint(tokens: Token[], p: Mention): boolean {
  const before = tokens[p.from - 1]?.text;
  if (before === undefined) return false;
  if (matchWord(before, DIRECTIONS) !== null) return true;
  const twoBefore = tokens[p.from - 2]?.text;
  return matchWord(before, OF, false) !== null && twoBefore !== undefined && matchWord(twoBefore, DIRECTIONS, false) !== null;
}

// Places in a background clause without a stance of its own ("في الوقت الذي
// يشهد فيه ريف دير الزور إعادة انتشار، لا تزال قواعد الحسكة …") set the scene;
// they stay in `places` but do not make the claim about their region.
function backgroundPlaces(tokens: Token[], places: Mention[], cues: CueHit[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const p of places) {
    const [cs, ce] = clauseOf(tokens, p.from);
    if (!OPENERS.some((o) => matchAt(tokens, cs, o))) continue;
    if (cues.some((c) => !c.ignored && c.from >= cs && c.from < ce)) continue;
    out.add(p);
  }
  return out;
}

// "قاعدتا الوزير وخراب الجير ما تزالان نشطتين" names no doer, but a presence
// claim about a base is about whoever holds it.
function operatorOf(lex: Lexicon, tokens: Token[], places: Mention[]): ActorId | null {
  if (!matchCues(tokens).some((c) => !c.ignored && c.c.cue.topic === "presence")) return null;
  for (const p of places) {
    const op = lex.place(p.id)?.operator;
    if (op) return op;
  }
  return null;
}

/** Features of a claim from its text, JSON-serializable for storage. */
export function extractFeatures(text: string, ctx: FeatureContext): ClaimFeatures {
  return analyzeClaim(text, ctx).features;
}
