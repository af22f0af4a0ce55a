import {
  AGENT_BY,
  ATTRIBUTION_PREFIX,
  COMPLEMENTIZERS,
  GENITIVE_HEADS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  TEMPORAL_OPENERS,
  MODIFIER_BEFORE,
  OBJECT_BEFORE,
  OWNER_BEFORE,
  SOURCE_LINKS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
} from "@/lib/text/lexicons/grammar";
import type { ActorId } from "@/lib/text/lexicons/types";
import type { Mention } from "./entities";
import { clauseOf, compile, compileWords, isClauseBreak, isSentenceBreak, matchAt, matchWord, type Token } from "./match";

// Who does what. Arabic news puts the doer right after the verb (VSO: "سلّم
// التحالف") or first as a topic ("قوات التحالف انسحبت"); in both cases it is
// a bare noun phrase, while objects and destinations follow a preposition and
// speakers sit inside an attribution ("قال مسؤول في قسد إن …").

export type Role =
  | "agent" // chosen doer of the main event
  | "subject" // a bare name that could be the doer (relabelled "mentioned" when another is chosen)
  | "mentioned"
  | "by" // "من قبل X": doer of a passive
  | "owner" // "قوات النخبة التابعة لـX"
  | "possessor" // "للتحالف": belongs to / is for X
  | "object" // after a preposition or a verb of fighting
  | "modifier" // "بقيادة X"
  | "background" // inside a time frame ("منذ بدأ داعش باستعادة نشاطه")
  | "genitive" // after a noun that is not an event ("مناطق سيطرة قسد", "تفضيل الحكومة")
  | "speaker"; // inside an attribution

export interface RoledMention extends Mention {
  role: Role;
  /** A speaker who is the subject of the verb of saying ("وترى دمشق أن"), not a source's affiliation. */
  direct?: boolean;
}

export interface Attribution {
  /** Token ranges [from, to) that carry who said it rather than what happened. */
  ranges: [number, number][];
  /** The "قال … إن" range, whose end is where the reported content starts. */
  speech?: [number, number];
}

const SPEECH = compileWords(SPEECH_VERBS);
const COMP = compileWords(COMPLEMENTIZERS);
const PREFIX = compileWords(ATTRIBUTION_PREFIX);
const SOURCE = compileWords(SOURCE_NOUNS);
const LINKS = compileWords(SOURCE_LINKS);
const OBJ = compileWords(OBJECT_BEFORE);
const MOD = compileWords(MODIFIER_BEFORE);
const OWNER = compileWords(OWNER_BEFORE);
const BY = AGENT_BY.map(compile);
const GROUP = compileWords(GROUP_NOUNS);
const TARGET = compileWords([OBJECT_BEFORE[1], "ضد"]);
const MEMBERS = compileWords(MEMBER_NOUNS);
const TEMPORAL = compileWords(TEMPORAL_OPENERS);
const HEADS = compileWords(GENITIVE_HEADS);
const FA_INNA = compileWords(["فإن|فان"]);
const COMP_WINDOW = 15;
const PREFIX_WINDOW = 20;

// "للتحالف" (possessor) is never the doer by itself: "فوائد الانضمام للتحالف".
const RANK: Partial<Record<Role, number>> = { by: 1, subject: 1, owner: 1 };

// Verbal nouns by their pattern: تفعيل، إفعال، انفعال، افتعال، استفعال، مفاعلة.
// An actor right after one is its genitive; that only makes it the doer when
// the verbal noun is the event itself ("انسحاب القوات الأمريكية").
const MASDAR = [/^ت..ي.$/u, /^ا..ا.$/u, /^ان..ا.$/u, /^ا.ت.ا.$/u, /^است..ا.$/u, /^م.ا..ه$/u];
export function isVerbalNoun(word: string): boolean {
  const w = word.replace(/^[وف]/u, "");
  return MASDAR.some((re) => re.test(w));
}

export function sentences(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || isSentenceBreak(tokens[i])) {
      if (i > a) out.push([a, i]);
      a = i;
    }
  }
  return out;
}

/** Speaker and attribution ranges of one sentence. */
export function attribution(tokens: Token[], [s, e]: [number, number]): Attribution {
  const ranges: [number, number][] = [];
  let speech: [number, number] | undefined;
  // "قال مصدر … إن", "مصادر ميدانية أكدت … أن": the first verb of saying with a complementizer.
  for (let v = s; v < e; v++) {
    if (matchWord(tokens[v].text, SPEECH) === null) continue;
    let c = -1;
    for (let k = v + 1; k < Math.min(e, v + COMP_WINDOW); k++) {
      if (matchWord(tokens[k].text, COMP) !== null) {
        c = k;
        break;
      }
    }
    if (c < 0) continue;
    speech = [Math.max(s, clauseOf(tokens, v)[0]), c + 1];
    ranges.push(speech);
    break;
  }
  // "بحسب المصدر فإن …", "، وفقاً لما نقله إرم نيوز".
  for (let p = s; p < e; p++) {
    if (matchWord(tokens[p].text, PREFIX) === null) continue;
    let end = -1;
    for (let k = p + 1; k < Math.min(e, p + PREFIX_WINDOW); k++) {
      if (matchWord(tokens[k].text, FA_INNA) !== null) {
        end = k + 1;
        break;
      }
    }
    if (end < 0) end = Math.min(e, clauseOf(tokens, p)[1]);
    ranges.push([p, end]);
  }
  return { ranges, speech };
}

const inRanges = (i: number, ranges: [number, number][]): boolean => ranges.some(([a, b]) => i >= a && i < b);

function prevText(tokens: Token[], i: number): string | undefined {
  return i > 0 && !isClauseBreak(tokens[i]) ? tokens[i - 1].text : undefined;
}

function classify(tokens: Token[], m: Mention, attr: Attribution, before: RoledMention | undefined, events: Set<number>): Role {
  // "مصدر مسؤول في قسد", "مصدر كردي مقرب من قسد": where the speaker comes from.
  const prev = prevText(tokens, m.from);
  if (prev !== undefined && matchWord(prev, LINKS, false) !== null) {
    for (let k = m.from - 2; k >= Math.max(0, m.from - 4); k--) {
      if (isClauseBreak(tokens[k + 1])) break;
      if (matchWord(tokens[k].text, SOURCE) !== null) return "speaker";
    }
  }
  if (inRanges(m.from, attr.ranges)) return "speaker";
  for (let k = m.from - 1; k >= clauseOf(tokens, m.from)[0]; k--)
    if (matchWord(tokens[k].text, TEMPORAL) !== null) return "background";
  // "التحالف الدولي وقسد", "بين الحكومة السورية وقسد": a coordinated name shares the role;
  // so does a restatement in brackets ("قوات سوريا الديمقراطية (قسد)").
  if (before && before.to === m.from) {
    if (m.clitic.startsWith("و") && !isClauseBreak(tokens[m.from])) return before.role;
  }
  if (before && before.to === m.from - 1 && prev === "و") return before.role;
  if (before && before.to === m.from) {
    if (/^[\s"]*\([\s"]*$/u.test(tokens[m.from].gap)) return before.role;
  }
  if (
    m.from >= 2 &&
    !isClauseBreak(tokens[m.from]) &&
    !isClauseBreak(tokens[m.from - 1]) &&
    BY.some((p) => matchAt(tokens, m.from - 2, p)?.to === m.from)
  )
    return "by";
  if (prev !== undefined && matchWord(prev, MOD) !== null) return "modifier";
  const lam = /[لب]$/u.test(m.clitic) || prev === "ل" || prev === "ب";
  const ownerWord = lam && (prev === "ل" || prev === "ب") ? prevText(tokens, m.from - 1) : prev;
  if (ownerWord !== undefined && matchWord(ownerWord, OWNER) !== null) return ownedPhraseIsObject(tokens, m) ? "object" : "owner";
  if (lam) return "possessor";
  // "ضد خلايا تنظيم داعش": the target of fighting, one noun away.
  const prev2 = prevText(tokens, m.from - 1);
  if (prev !== undefined && prev2 !== undefined && matchWord(prev2, TARGET, false) !== null) return "object";
  if (prev !== undefined && prev2 !== undefined && matchWord(prev, MEMBERS) !== null && matchWord(prev2, OBJ, false) !== null)
    return "object";
  if (prev !== undefined && matchWord(prev, OBJ, false) !== null) {
    const head = prevText(tokens, m.from - 1);
    return prev === "من" && head !== undefined && matchWord(head, GROUP) !== null ? "owner" : "object";
  }
  if (m.clitic === "" && prev !== undefined && !events.has(m.from - 1) && (matchWord(prev, HEADS) !== null || isVerbalNoun(prev)))
    return "genitive";
  return "subject";
}

/**
 * Roles of the actor mentions and the agent of the first sentence that has one.
 * `events` are token indices of stance cues (event words).
 */
export function assignRoles(
  tokens: Token[],
  mentions: Mention[],
  events: Set<number> = new Set(),
): { roled: RoledMention[]; agent: ActorId | null; attributions: Attribution[] } {
  const roled: RoledMention[] = [];
  const attributions: Attribution[] = [];
  let agent: ActorId | null = null;
  for (const sent of sentences(tokens)) {
    const attr = attribution(tokens, sent);
    attributions.push(attr);
    const inSentence: RoledMention[] = [];
    for (const m of mentions) {
      if (m.kind !== "actor" || m.from < sent[0] || m.from >= sent[1]) continue;
      const r: RoledMention = { ...m, role: classify(tokens, m, attr, inSentence[inSentence.length - 1], events) };
      if (r.role === "speaker" && attr.speech && inRanges(m.from, [attr.speech])) r.direct = !isSourceAffiliation(tokens, m);
      inSentence.push(r);
    }
    const chosen = agent === null ? pickAgent(inSentence, attr) : undefined;
    if (chosen) {
      chosen.role = "agent";
      agent = chosen.id as ActorId;
    }
    for (const m of inSentence) if (m.role === "subject") m.role = "mentioned";
    roled.push(...inSentence);
  }
  return { roled, agent, attributions };
}

// The doer is looked for in what was said (after "إن"), falling back to the
// whole sentence; the earliest bare name, "من قبل X" or owner ("القواعد
// التابعة للتحالف") wins, and last comes a direct speaker
// ("وترى دمشق أن الانضمام مفيد") when nobody else acts.
function pickAgent(ms: RoledMention[], attr: Attribution): RoledMention | undefined {
  // Prefer what was said only when the report frames the sentence, not when a
  // later clause quotes someone ("… الذي أكد وجود معلومات عن أن داعش تغلغل").
  const framed = attr.speech !== undefined && !ms.some((m) => m.from < attr.speech![0]);
  const contentStart = framed ? attr.speech![1] : 0;
  for (const pool of [ms.filter((m) => m.from >= contentStart), ms]) {
    const ranked = pool
      .filter((m) => RANK[m.role] !== undefined)
      .sort((a, b) => RANK[a.role]! - RANK[b.role]! || a.from - b.from);
    if (ranked.length > 0) return ranked[0];
  }
  return ms.find((m) => m.direct);
}

// "الوصول إلى أنظمة … التابعة للتحالف": the owned phrase is itself an object.
function ownedPhraseIsObject(tokens: Token[], m: Mention): boolean {
  let k = m.from - 1;
  while (k > 0 && matchWord(tokens[k].text, OWNER) === null) k--;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (isClauseBreak(tokens[j + 1])) return false;
    if (matchWord(tokens[j].text, OBJ, false) !== null) return true;
  }
  return false;
}

function isSourceAffiliation(tokens: Token[], m: Mention): boolean {
  const prev = prevText(tokens, m.from);
  return prev !== undefined && matchWord(prev, LINKS, false) !== null;
}
