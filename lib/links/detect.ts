import { shippedKnowledge } from "@/lib/knowledge/shipped";
import type { Knowledge } from "@/lib/knowledge/types";
import type { Question, StanceValue } from "@/lib/text/lexicons/types";
import { lexiconOf, type Lexicon } from "./entities";
import { namesIn } from "./names";
import { reasonText, type LinkReason } from "./reasons";
import { overlaps } from "./time";
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
];
const RELATIONS: Question = "government_coalition_relations";
// Kinds precise enough that two claims naming it are about the same spot.
const SPECIFIC_KINDS = new Set(["base", "field", "dam", "village", "town", "city", "crossing", "area"]);

const isOpposite = (x: StanceValue, y: StanceValue) => OPPOSITE.some(([p, q]) => (p === x && q === y) || (p === y && q === x));

/** Keys of the buckets a claim is compared within: agent × region, and one bucket for government–coalition relations. */
export function bucketKeys(f: ClaimFeatures): string[] {
  const keys: string[] = [];
  const questions = new Set(f.stances.map((s) => s.question));
  if (f.agent && [...questions].some((q) => q !== RELATIONS)) for (const r of f.regions) keys.push(`${f.agent}@${r}`);
  if (questions.has(RELATIONS)) keys.push(RELATIONS);
  return keys;
}

function sharedPlace(lex: Lexicon, a: ClaimFeatures, b: ClaimFeatures): { kind: "place" | "region"; id: string } | null {
  const bIds = new Set(b.places.map((p) => p.id));
  const place = a.places.find(
    (p) => bIds.has(p.id) && SPECIFIC_KINDS.has(lex.place(p.id)?.kind ?? "") && !lex.place(p.id)?.broad,
  );
  if (place) return { kind: "place", id: place.id };
  const region = a.regions.find((r) => b.regions.includes(r));
  return region ? { kind: "region", id: region } : null;
}

function isSpecificBase(lex: Lexicon, id: string): boolean {
  const k = lex.place(id)?.kind;
  return k === "base" || k === "field";
}

/** Proposals for one pair of claims (at most one per link type, the strongest). */
export function detectPair(a: ClaimRecord, b: ClaimRecord, opts: DetectOptions = {}): LinkProposal[] {
  if (a.id === b.id) return [];
  if (!opts.includeSameArticle && a.articleId !== undefined && a.articleId === b.articleId) return [];
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const fx = x.features;
  const fy = y.features;

  const timeKnown = fx.time !== null && fy.time !== null;
  if (timeKnown && !overlaps(fx.time!, fy.time!)) return [];
  const timeReason: LinkReason = { code: "times", a: fx.timeLabel, b: fy.timeLabel, known: timeKnown };
  const knowledge = opts.knowledge ?? shippedKnowledge();
  const lex = lexiconOf(knowledge);
  const names = namesIn(knowledge);
  const place = sharedPlace(lex, fx, fy);

  const best = new Map<LinkType, LinkProposal>();
  for (const sx of fx.stances) {
    for (const sy of fy.stances.filter((s) => s.question === sx.question)) {
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
      if (!type) continue;

      const reasons: LinkReason[] = [];
      let score = 0.5;
      if (sx.question === RELATIONS) {
        reasons.push({ code: "sameParties", a: "syrian_government", b: "coalition" });
        if (fx.agent && fx.agent === fy.agent) {
          reasons.push({ code: "sameAgent", actor: fx.agent });
          score += 0.05;
        }
      } else {
        if (!fx.agent || fx.agent !== fy.agent || !place) continue;
        reasons.push({ code: "sameAgent", actor: fx.agent });
        score += 0.1;
      }
      if (place?.kind === "place") {
        reasons.push({ code: "samePlace", place: place.id });
        score += 0.2;
      } else if (place) {
        reasons.push({ code: "sameRegion", place: place.id });
        score += 0.1;
      }
      reasons.push({ code: "stances", a: sx.value, b: sy.value });
      if (sx.negated || sy.negated) reasons.push({ code: "denial" });
      reasons.push(timeReason);
      // An unknown date overlaps every window, but is weaker evidence.
      score = timeKnown ? score + 0.15 : score * 0.75;
      score = Math.round(Math.min(1, score) * 100) / 100;

      const key = `${x.id}:${y.id}:${type}`;
      if (opts.dismissed?.has(key) || opts.dismissed?.has(`${y.id}:${x.id}:${type}`)) continue;
      const prev = best.get(type);
      if (!prev || prev.score < score)
        best.set(type, {
          a: x.id,
          b: y.id,
          type,
          score,
          question: sx.question,
          reasons: reasons.map((r) => reasonText(r, names)),
        });
    }
  }
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
    const until = dated[i].features.time!.to;
    for (let j = i + 1; j < dated.length && dated[j].features.time!.from <= until; j++) visit(dated[i], dated[j]);
  }
  for (let i = 0; i < undated.length; i++) {
    for (let j = i + 1; j < undated.length; j++) visit(undated[i], undated[j]);
    for (const d of dated) visit(undated[i], d);
  }
}
