import { OBJECT_BEFORE } from "@/lib/text/lexicons/grammar";
import type { ActorId, Question, StanceValue } from "@/lib/text/lexicons/types";
import type { Lexicon } from "./entities";
import { matchCues } from "./cues";
import { clauseOf, compileWords, matchWord, sentenceOf, type Token } from "./match";
import type { Attribution, RoledMention } from "./roles";
import { CONCESSIVE_W, deniedReport, hedgeBefore, negatedAt, purposeHead, stillSpans, wordBefore } from "./scope";

export { eventTokens, matchCues } from "./cues";

// Stance cues with their conditions, negation, hedging and the actor they
// belong to. A presence cue counts for the sentence's agent only when nobody
// else is its holder ("استغل التنظيم إخلاء جنود الجيش المنحل مواقعهم" is the old
// army leaving, not ISIS).

export interface Stance {
  question: Question;
  value: StanceValue;
  /** The words that gave the stance, as they appear in the normalized claim. */
  cue: string;
  negated?: boolean;
}

export interface CueHit {
  cueId: string;
  from: number;
  to: number;
  text: string;
  question: Question | null;
  /** Value after negation; null when ignored. */
  value: StanceValue | null;
  negated: boolean;
  concessive: boolean;
  /** Why the words do not count, when they do not. */
  ignored?: string;
}

const TARGET = compileWords([OBJECT_BEFORE[1], "ضد"]);
const COUNTERPART_WINDOW = 3;
const HOLDER_AFTER = 2;

// Handing over and expelling name both sides; the stance is the doer's (the giver, the one who
// expelled), so the actor next to the cue is not its holder.
const TWO_SIDED = new Set(["handover", "expel", "expel-en"]);

const FLIP: Record<StanceValue, StanceValue | null> = {
  drawdown: "maintained",
  maintained: "drawdown",
  // "لم تصل تعزيزات" says nothing about a drawdown.
  reinforcement: null,
  cooperation: "friction",
  friction: "cooperation",
  controls: "not_controls",
  not_controls: "controls",
  open: "closed",
  closed: "open",
  attacked: "not_attacked",
  not_attacked: "attacked",
};

// The cue's clause, stretched over short bracketing segments such as an
// appositive name ("عبر المبعوث الأمريكي، توماس باراك، موافقتها").
const SHORT_SEGMENT = 3;
function relationsClause(tokens: Token[], i: number): [number, number] {
  let [s, e] = clauseOf(tokens, i);
  while (s > 0) {
    const [ps] = clauseOf(tokens, s - 1);
    if (s - ps > SHORT_SEGMENT || ps === 0) break;
    s = clauseOf(tokens, ps - 1)[0];
  }
  while (e < tokens.length) {
    const [, ne] = clauseOf(tokens, e);
    if (ne - e > SHORT_SEGMENT || ne >= tokens.length) break;
    e = clauseOf(tokens, ne)[1];
  }
  return [s, e];
}

const RELATIVE = compileWords(["الذي|التي|اللذين|اللتين|الذين"]);
// "اتفاق آذار، الذي ينص على اندماج قسد": the relative clause names who it binds.
function relativeClauseParty(tokens: Token[], from: number, actors: RoledMention[], side: SideOf): RoledMention | undefined {
  const [, ce] = clauseOf(tokens, from);
  if (ce >= tokens.length || matchWord(tokens[ce].text, RELATIVE) === null) return undefined;
  const [, ne] = clauseOf(tokens, ce);
  return actors.find((a) => a.from >= ce && a.from < ne && side(a.id) === "other");
}

type SideOf = (id: string | undefined) => string | undefined;
/** Which side of the story's main divide an actor stands on, as the desk's knowledge says. */
const sidesIn =
  (lex: Lexicon): SideOf =>
  (id) =>
    (id ? lex.actor(id)?.side : undefined) ?? undefined;
const HOLDER_ROLES = new Set(["agent", "subject", "mentioned", "by", "owner"]);

// The actor a presence cue is about: one right after it ("انسحاب القوات
// الأمريكية", "من قبل التحالف"), else the nearest doer before it in the sentence.
function holderOf(tokens: Token[], from: number, to: number, actors: RoledMention[]): RoledMention | undefined {
  const [ss, se] = sentenceOf(tokens, from);
  const [, ce] = clauseOf(tokens, from);
  const after = actors.find(
    (m) =>
      m.from >= to &&
      m.from < Math.min(ce, to + HOLDER_AFTER) &&
      m.role !== "object" &&
      m.role !== "speaker" &&
      m.role !== "modifier",
  );
  if (after) return after;
  const by = actors.find((m) => m.role === "by" && m.from >= to && m.from < Math.min(se, to + 4));
  if (by) return by;
  const before = [...actors].reverse().find((m) => m.from >= ss && m.to <= from && HOLDER_ROLES.has(m.role));
  // "التحالف الدولي وقسد يعززان": a coordinated subject holds the cue together.
  if (before) {
    for (let k = actors.indexOf(before); k > 0; k--) {
      const [p, m] = [actors[k - 1], actors[k]];
      if (!(p.to === m.from || (p.to === m.from - 1 && tokens[p.to].text === "و"))) break;
      if (p.role === "agent") return p;
    }
  }
  return before;
}

// "بالتعاون مع قسد", "منع ظهور داعش": a relations cue aimed at a third party.
function thirdParty(tokens: Token[], to: number, actors: RoledMention[], side: SideOf): RoledMention | undefined {
  const [, ce] = clauseOf(tokens, to - 1);
  const m = actors.find((a) => a.from >= to && a.from < Math.min(ce, to + COUNTERPART_WINDOW));
  if (!m || side(m.id) !== "other") return undefined;
  const prev = m.from > 0 ? tokens[m.from - 1].text : "";
  return matchWord(prev, TARGET, false) !== null ? undefined : m;
}

export function findStances(
  tokens: Token[],
  actors: RoledMention[],
  agent: ActorId | null,
  attributions: Attribution[],
  lex: Lexicon,
): CueHit[] {
  const side = sidesIn(lex);
  const still = stillSpans(tokens);
  const matches = matchCues(tokens);
  const consumed = new Set<number>();
  for (const m of matches) for (let k = m.from; k < m.to; k++) consumed.add(k);
  const skip = new Set([...still, ...consumed]);
  const attrRanges = attributions.flatMap((a) => a.ranges);
  const sides = new Set(actors.map((a) => side(a.id)));

  return matches.map(({ c, from, to, clitic, ignored }) => {
    const text = tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" ");
    const hit: CueHit = { cueId: c.cue.id, from, to, text, question: null, value: null, negated: false, concessive: false };
    const ignore = (reason: string): CueHit => ({ ...hit, ignored: reason });
    if (ignored) return ignore(ignored);
    if (attrRanges.some(([a, b]) => from >= a && from < b)) return ignore("inside the attribution (who said it)");
    // "للمشاركة", "لتعزيز الثقة": a purpose, not something reported as done.
    // …but "لا صحة لإخلاء" is a denial of the event, not a purpose.
    const purpose = /ل$/u.test(clitic) || tokens[from - 1]?.text === "ل" || purposeHead(tokens, from);
    if (purpose && !deniedReport(tokens, from)) return ignore("purpose (ل…), not a reported fact");
    const hedge = hedgeBefore(tokens, from);
    if (hedge) return ignore(`hypothetical or feared (after ${hedge})`);

    let question: Question;
    if (c.cue.topic === "presence") {
      const holder = TWO_SIDED.has(c.cue.id) ? undefined : holderOf(tokens, from, to, actors);
      if (holder && agent && holder.id !== agent) return ignore(`presence of ${holder.id}, not of the agent ${agent}`);
      const who = holder?.id ?? agent;
      question = side(who ?? undefined) === "coalition" ? "coalition_presence" : "force_presence";
    } else if (c.cue.topic === "control") {
      // whose control it is: the doer, or the actor right after the cue ("under the control of …")
      const holder = TWO_SIDED.has(c.cue.id) ? undefined : holderOf(tokens, from, to, actors);
      if (holder && agent && holder.id !== agent && holder.role !== "object")
        return ignore(`control by ${holder.id}, not by the agent ${agent}`);
      question = "control";
    } else if (c.cue.topic === "open_status") {
      question = "open_status";
    } else if (c.cue.topic === "attack") {
      question = "attack";
    } else {
      if (!(sides.has("government") && sides.has("coalition")))
        return ignore("government and coalition not both named in the claim");
      // Both sides must be in the cue's clause, or one there and the other the doer:
      // "اتفاق آذار" in a clause of its own is the SDF–government agreement.
      const [cs, ce] = relationsClause(tokens, from);
      const inClause = new Set(actors.filter((a) => a.from >= cs && a.from < ce).map((a) => side(a.id)));
      const agentSide = side(agent ?? undefined);
      const pair =
        (inClause.has("government") && inClause.has("coalition")) ||
        (agentSide !== "other" &&
          agentSide !== undefined &&
          inClause.has(agentSide === "government" ? "coalition" : "government"));
      if (!pair) return ignore("government and coalition not both named in its clause");
      const third = thirdParty(tokens, to, actors, side) ?? relativeClauseParty(tokens, from, actors, side);
      if (third) return ignore(`about ${third.id}, not government–coalition`);
      question = "government_coalition_relations";
    }
    const negated = negatedAt(tokens, from, skip);
    const value = negated ? FLIP[c.cue.value as StanceValue] : (c.cue.value as StanceValue);
    if (value === null) return ignore("denied reinforcement (says nothing about a drawdown)");
    const concessive = wordBefore(tokens, from, CONCESSIVE_W, false) !== undefined;
    return { ...hit, question, value, negated, concessive };
  });
}

/** One stance per question: main-clause cues over concessive ones, then the majority, then the first. */
export function resolveStances(hits: CueHit[]): Stance[] {
  const byQ = new Map<Question, CueHit[]>();
  for (const h of hits) {
    if (h.ignored || !h.question || !h.value) continue;
    byQ.set(h.question, [...(byQ.get(h.question) ?? []), h]);
  }
  const out: Stance[] = [];
  for (const [question, all] of byQ) {
    const main = all.filter((h) => !h.concessive);
    const pool = main.length > 0 ? main : all;
    const counts = new Map<StanceValue, number>();
    for (const h of pool) counts.set(h.value!, (counts.get(h.value!) ?? 0) + 1);
    const best = Math.max(...counts.values());
    const first = pool.find((h) => counts.get(h.value!) === best)!;
    const cueText = pool
      .filter((h) => h.value === first.value)
      .map((h) => h.text)
      .join("، ");
    out.push({ question, value: first.value!, cue: cueText, ...(first.negated ? { negated: true } : {}) });
  }
  return out;
}
