import { shippedKnowledge } from "@/lib/knowledge/shipped";
import type { Knowledge } from "@/lib/knowledge/types";
import type { Question, StanceValue } from "@/lib/text/lexicons/types";
import { isSpot, lexiconOf, type Lexicon } from "./entities";
import { namesIn } from "./names";
import { reasonText, type LinkReason } from "./reasons";
import { figuresDisagree } from "./figures";
import { addDays, nearInTime, NEAR_DAYS, spanDays } from "./time";
import type { ClaimFeatures, ClaimRecord, LinkProposal, LinkType } from "./types";

// Proposes contradicts/corroborates links between claims from their stored
// features. Proposals are candidates for an editor, so the reasons spell out
// exactly what matched.

export interface DetectOptions {
  /** "idA:idB:type" keys of pairs an editor dismissed (either id order). */
  dismissed?: ReadonlySet<string>;
  /** Compare claims of the same article too (off: conflicts are looked for across articles). */
  includeSameArticle?: boolean;
  /** What the desk knows about its places (how precise each is); the shipped packs when not given. */
  knowledge?: Knowledge;
}

const OPPOSITE: [StanceValue, StanceValue][] = [
  ["drawdown", "reinforcement"],
  ["drawdown", "maintained"],
  ["cooperation", "friction"],
  ["controls", "not_controls"],
  ["open", "closed"],
  ["attacked", "not_attacked"],
];
const RELATIONS: Question = "government_coalition_relations";
const PRESENCE: ReadonlySet<Question> = new Set(["coalition_presence", "force_presence"]);

const isOpposite = (x: StanceValue, y: StanceValue) => OPPOSITE.some(([p, q]) => (p === x && q === y) || (p === y && q === x));

/**
 * Keys of the buckets a claim is compared within: its agent × region (a force's presence), each spot
 * it is at (a town, a base, an airport: whoever is named, so an unnamed doer, two parties' control of
 * a town, a facility's status and figures meet there), and one bucket for government–coalition relations.
 */
export function bucketKeys(f: ClaimFeatures): string[] {
  const keys: string[] = [];
  const questions = new Set(f.stances.map((s) => s.question));
  const placed = [...questions].some((q) => q !== RELATIONS) || (f.figures?.length ?? 0) > 0;
  if (f.agent && [...questions].some((q) => PRESENCE.has(q))) for (const r of f.regions) keys.push(`${f.agent}@${r}`);
  if (placed) for (const s of f.spots ?? []) keys.push(`at:${s}`);
  if (questions.has(RELATIONS)) keys.push(RELATIONS);
  return keys;
}

function sharedPlace(lex: Lexicon, a: ClaimFeatures, b: ClaimFeatures): { kind: "place" | "region"; id: string } | null {
  const bIds = new Set(b.places.map((p) => p.id));
  const place = a.places.find((p) => bIds.has(p.id) && isSpot(lex, p.id));
  if (place) return { kind: "place", id: place.id };
  const region = a.regions.find((r) => b.regions.includes(r));
  return region ? { kind: "region", id: region } : null;
}

function isSpecificBase(lex: Lexicon, id: string): boolean {
  const k = lex.place(id)?.kind;
  return k === "base" || k === "field";
}

type Stance = ClaimFeatures["stances"][number];
type Verdict = { type: LinkType; reasons: LinkReason[]; score: number } | null;

/** Whose presence: the same agent, or (at one spot) a doer one side does not name. */
function presencePair(lex: Lexicon, fx: ClaimFeatures, fy: ClaimFeatures, sx: Stance, sy: Stance, place: Place): Verdict {
  let type: LinkType | null = null;
  if (isOpposite(sx.value, sy.value)) type = "contradicts";
  else if (sx.value === sy.value) type = "corroborates";
  // "Kharab al-Jir still active" and "a cargo plane landed at Kharab al-Jir" tell the same story.
  else if (
    place?.kind === "place" &&
    isSpecificBase(lex, place.id) &&
    [sx.value, sy.value].includes("maintained") &&
    [sx.value, sy.value].includes("reinforcement")
  )
    type = "corroborates";
  if (!type || !place) return null;
  if (fx.agent && fy.agent) {
    if (fx.agent !== fy.agent) return null;
    return { type, reasons: [{ code: "sameAgent", actor: fx.agent }], score: 0.6 };
  }
  // one side names no doer: only when it names the spot itself, and weaker
  const unnamed = fx.agent ? fy : fx;
  if ((fx.agent || fy.agent) && place.kind === "place" && (unnamed.spots ?? []).includes(place.id))
    return { type, reasons: [], score: 0.45 };
  return null;
}

/** Control of one spot: two parties each said to hold it, or one party said to hold and to have lost it. */
function controlPair(fx: ClaimFeatures, fy: ClaimFeatures, sx: Stance, sy: Stance, place: Place): Verdict {
  if (place?.kind !== "place" || !fx.agent || !fy.agent) return null;
  if (fx.agent === fy.agent) {
    const type: LinkType = sx.value === sy.value ? "corroborates" : "contradicts";
    return { type, reasons: [{ code: "sameAgent", actor: fx.agent }], score: 0.6 };
  }
  if (sx.value !== "controls" || sy.value !== "controls") return null;
  return { type: "contradicts", reasons: [{ code: "holders", a: fx.agent, b: fy.agent }], score: 0.6 };
}

/**
 * Whether a facility at one spot is open. Closed and then open again is a sequence, not a conflict
 * ("suspended on Sunday" and "resumed on Tuesday"); open while another says it is still closed is.
 */
function openPair(fx: ClaimFeatures, fy: ClaimFeatures, sx: Stance, sy: Stance, place: Place): Verdict {
  if (place?.kind !== "place") return null;
  if (sx.value === sy.value) return dayPrecise(fx, fy) ? { type: "corroborates", reasons: [], score: 0.5 } : null;
  if (!isOpposite(sx.value, sy.value)) return null;
  const [closed, open] = sx.value === "closed" ? [fx.time, fy.time] : [fy.time, fx.time];
  if (closed && open && closed.to < open.to) return null;
  return { type: "contradicts", reasons: [], score: 0.5 };
}

/**
 * A strike on one place by one force, asserted by one claim and denied by the other. Two claims of
 * strikes are not proposed as corroborating: strikes recur, and the figures say more.
 */
function attackPair(fx: ClaimFeatures, fy: ClaimFeatures, sx: Stance, sy: Stance, place: Place): Verdict {
  if (!place || !fx.agent || fx.agent !== fy.agent || !isOpposite(sx.value, sy.value)) return null;
  return { type: "contradicts", reasons: [{ code: "sameAgent", actor: fx.agent }], score: 0.55 };
}

/** Both claims are dated to a few days, not to a month or a span since some date. */
const dayPrecise = (fx: ClaimFeatures, fy: ClaimFeatures) =>
  fx.time !== null && fy.time !== null && spanDays(fx.time) <= 3 && spanDays(fy.time) <= 3;

type Place = { kind: "place" | "region"; id: string } | null;

/** Proposals for one pair of claims (at most one per link type, the strongest). */
export function detectPair(a: ClaimRecord, b: ClaimRecord, opts: DetectOptions = {}): LinkProposal[] {
  if (a.id === b.id) return [];
  if (!opts.includeSameArticle && a.articleId !== undefined && a.articleId === b.articleId) return [];
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const fx = x.features;
  const fy = y.features;

  const timeKnown = fx.time !== null && fy.time !== null;
  if (timeKnown && !nearInTime(fx.time!, fy.time!)) return [];
  const timeReason: LinkReason = { code: "times", a: fx.timeLabel, b: fy.timeLabel, known: timeKnown };

  const knowledge = opts.knowledge ?? shippedKnowledge();
  const lex = lexiconOf(knowledge);
  const names = namesIn(knowledge);
  const place = sharedPlace(lex, fx, fy);

  const best = new Map<LinkType, LinkProposal>();
  const offer = (type: LinkType, question: LinkProposal["question"], reasons: LinkReason[], base: number) => {
    // An unknown date overlaps every window, but is weaker evidence.
    let score = timeKnown ? base + 0.15 : base * 0.75;
    score = Math.round(Math.min(1, score) * 100) / 100;
    const key = `${x.id}:${y.id}:${type}`;
    if (opts.dismissed?.has(key) || opts.dismissed?.has(`${y.id}:${x.id}:${type}`)) return;
    const prev = best.get(type);
    if (!prev || prev.score < score)
      best.set(type, { a: x.id, b: y.id, type, score, question, reasons: reasons.map((r) => reasonText(r, names)) });
  };
  const placeReasons = (): [LinkReason[], number] =>
    place?.kind === "place"
      ? [[{ code: "samePlace", place: place.id }], 0.2]
      : place
        ? [[{ code: "sameRegion", place: place.id }], 0.1]
        : [[], 0];

  for (const sx of fx.stances) {
    for (const sy of fy.stances.filter((s) => s.question === sx.question)) {
      let verdict: Verdict;
      if (sx.question === RELATIONS) {
        const type: LinkType | null = isOpposite(sx.value, sy.value)
          ? "contradicts"
          : sx.value === sy.value
            ? "corroborates"
            : null;
        const same = fx.agent && fx.agent === fy.agent;
        verdict = type && {
          type,
          reasons: [
            { code: "sameParties", a: "syrian_government", b: "coalition" },
            ...(same ? [{ code: "sameAgent" as const, actor: fx.agent! }] : []),
          ],
          score: same ? 0.55 : 0.5,
        };
      } else if (PRESENCE.has(sx.question)) verdict = presencePair(lex, fx, fy, sx, sy, place);
      else if (sx.question === "control") verdict = controlPair(fx, fy, sx, sy, place);
      else if (sx.question === "attack") verdict = attackPair(fx, fy, sx, sy, place);
      else verdict = openPair(fx, fy, sx, sy, place);
      if (!verdict) continue;
      const [where, bonus] = placeReasons();
      const reasons: LinkReason[] = [...verdict.reasons, ...where, { code: "stances", a: sx.value, b: sy.value }];
      if (sx.negated || sy.negated) reasons.push({ code: "denial" });
      reasons.push(timeReason);
      offer(verdict.type, sx.question, reasons, verdict.score + bonus);
    }
  }

  // Figures for the same event at the same spot: a different count disagrees, the same one agrees.
  // Figures are compared only between claims dated to the day (a month's toll is not one event's).
  if (place?.kind === "place" && dayPrecise(fx, fy))
    for (const gx of fx.figures ?? [])
      for (const gy of fy.figures ?? []) {
        if (gx.unit !== gy.unit) continue;
        const type: LinkType | null = figuresDisagree(gx.value, gy.value)
          ? "contradicts"
          : gx.value === gy.value
            ? "corroborates"
            : null;
        if (!type) continue;
        const reasons: LinkReason[] = [
          { code: "samePlace", place: place.id },
          { code: "figures", unit: gx.unit, a: gx.value, b: gy.value },
          timeReason,
        ];
        offer(type, "figures", reasons, 0.65);
      }
  // a pair that disagrees is shown as a conflict, not also as agreeing on something else
  if (best.has("contradicts")) best.delete("corroborates");
  return [...best.values()];
}

/** Proposals between one claim and candidates taken from its buckets. */
export function detectForClaim(claim: ClaimRecord, candidates: Iterable<ClaimRecord>, opts: DetectOptions = {}): LinkProposal[] {
  const out: LinkProposal[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.id === claim.id || seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(...detectPair(claim, c, opts));
  }
  return out.sort((p, q) => q.score - p.score);
}

/**
 * All proposals among claims. Only claims sharing a bucket are compared, and within a bucket only
 * pairs whose times may overlap (a sweep over start dates; undated claims meet every claim). A pair
 * that shares several buckets is compared in the first of them, with no set of pairs kept in memory
 * (100,000 claims make tens of millions of candidate pairs).
 */
export function detectAll(claims: Iterable<ClaimRecord>, opts: DetectOptions = {}): LinkProposal[] {
  const buckets = new Map<string, ClaimRecord[]>();
  const keysOf = new Map<string, string[]>();
  for (const c of claims) {
    const keys = [...new Set(bucketKeys(c.features))];
    keysOf.set(c.id, keys);
    for (const k of keys) {
      const list = buckets.get(k);
      if (list) list.push(c);
      else buckets.set(k, [c]);
    }
  }
  const out: LinkProposal[] = [];
  for (const [key, list] of buckets) {
    forEachPairInTime(list, (p, q) => {
      const [x, y] = p.id < q.id ? [p, q] : [q, p];
      const other = keysOf.get(y.id)!;
      if (keysOf.get(x.id)!.find((k) => other.includes(k)) !== key) return;
      out.push(...detectPair(x, y, opts));
    });
  }
  return out.sort((p, q) => q.score - p.score || (p.a + p.b).localeCompare(q.a + q.b));
}

/** Pairs of a bucket that detectPair would not reject for their times alone. */
function forEachPairInTime(list: ClaimRecord[], visit: (p: ClaimRecord, q: ClaimRecord) => void) {
  const dated = list.filter((c) => c.features.time !== null);
  const undated = list.filter((c) => c.features.time === null);
  dated.sort((a, b) =>
    a.features.time!.from < b.features.time!.from ? -1 : a.features.time!.from > b.features.time!.from ? 1 : 0,
  );
  for (let i = 0; i < dated.length; i++) {
    const until = addDays(dated[i].features.time!.to, NEAR_DAYS);
    for (let j = i + 1; j < dated.length && dated[j].features.time!.from <= until; j++) visit(dated[i], dated[j]);
  }
  for (let i = 0; i < undated.length; i++) {
    for (let j = i + 1; j < undated.length; j++) visit(undated[i], undated[j]);
    for (const d of dated) visit(undated[i], d);
  }
}
