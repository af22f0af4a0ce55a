// The speaker of a sentence that no registry entry or closed noun list names, read from its place
// next to a verb of saying: after the verb up to "إن/أن" in Arabic ("قالت منظمة أطباء بلا حدود إن"),
// before it in both languages ("the RSF said", "وكان المرصد … قد أفاد"), after "according to".
// Its kind comes from its head noun (a network, witnesses, a source) or its verb (documented, posted).
import * as L from "@/lib/text/lexicons/attribution-cues";
import type { AttributionKind } from "./kinds";
import type { Speaker } from "./speaker";
import { aliasKey } from "./aliases";
import { readings, type Token } from "./tokens";

const set = (words: readonly string[]) => new Set(words.map(aliasKey));
const ARABIC_SPEECH = set(L.SPEECH_VERBS);
const ENGLISH_SPEECH = set(L.ENGLISH_SPEECH_VERBS);
const COMPLEMENTIZER = set([...L.COMPLEMENTIZERS, ...L.ENGLISH_COMPLEMENTIZERS]);
const ACCORDING = set([...L.ACCORDING_TO.filter((w) => w !== "لما"), ...L.ENGLISH_ACCORDING]);
const DETERMINER = set(L.ENGLISH_DETERMINERS);
const DOCUMENTING = set(L.DOCUMENTING_VERBS);
const MONITOR = set(L.MONITOR_HEADS.filter((w) => !w.includes(" ")));
const MEDIA_QUALIFIER = set(L.MEDIA_QUALIFIERS);
const EYEWITNESS = set(L.EYEWITNESS_HEADS);
const ANONYMOUS = set([...L.ENGLISH_ANONYMOUS_HEADS, ...L.ANONYMOUS_HEADS_STRONG]);
const POSTING = set(L.POSTING_VERBS);
const PLATFORM = set(L.PLATFORMS);
const ANONYMITY = [...L.ENGLISH_ANONYMITY_PHRASES, ...L.ANONYMITY_PHRASES].map(aliasKey);
const MONITOR_PHRASES = L.MONITOR_HEADS.filter((w) => w.includes(" ")).map(aliasKey);
const CORRESPONDENT = set(L.CORRESPONDENT_NOUNS);
const NOT_SPEAKER = set(L.NOT_SPEAKERS);
const EVENT = set(L.DOCUMENTED_EVENTS);
const AUX = set(["كان", "كانت"]);
// Words that end a speaker's name: where the statement was made, when, and the auxiliaries.
const NAME_STOP = set([
  "في",
  "خلال",
  "عبر",
  "امس",
  "اليوم",
  "مع",
  "قد",
  "الي",
  "علي",
  "لـ",
  "on",
  "in",
  "at",
  "who",
  "which",
  "late",
  "earlier",
  "last",
  "this",
  "from",
]);
const MAX_NAME = 7;

const has = (tok: Token | undefined, forms: ReadonlySet<string>) =>
  tok !== undefined && readings(tok.text).some((r) => forms.has(r.form));
const isBreak = (tok: Token | undefined) => tok !== undefined && /[،,:;؛.\-–—"]/u.test(tok.gap);
const isLatin = (tok: Token) => /^[a-z0-9]/u.test(tok.text);

export type OpenSpeakerInput = {
  tokens: Token[];
  /** Words a..b as printed. */
  text: (a: number, b: number) => string;
  /** Registry mentions by their first token: the affiliation of a speaker that names one. */
  mentionAt: ReadonlyMap<number, { id: string; to: number }>;
};

/** The first open speaker of the sentence, or null when it has no verb of saying with a subject. */
export function openSpeaker({ tokens: t, text, mentionAt }: OpenSpeakerInput): Speaker | null {
  const sentence = t.map((x) => x.text).join(" ");
  for (let i = 0; i < t.length; i++) {
    // Bare نشر is also "deployment": a verb of posting counts only with a platform after it.
    const posting = has(t[i], POSTING) && t.slice(i + 1, i + 7).some((x) => has(x, PLATFORM));
    const arabicVerb = has(t[i], ARABIC_SPEECH) || has(t[i], DOCUMENTING) || posting;
    const englishVerb = has(t[i], ENGLISH_SPEECH) || (posting && isLatin(t[i]));
    const according = has(t[i], ACCORDING);
    let span: [number, number] | null = null;
    // "وكان المرصد … قد أفاد": after "قد" the subject is already said.
    const perfect = t[i - 1]?.text === "قد";
    if (according || (arabicVerb && !isLatin(t[i]) && !perfect)) span = forward(t, i + 1);
    if (!span && (englishVerb || arabicVerb)) span = backward(t, i);
    if (!span) continue;
    const [a, b] = span;
    const words = t.slice(a, b + 1).map((x) => x.text);
    // A figure or a plan is not a speaker: "بنشر نحو 3 آلاف عنصر", "بحسب التفاصيل".
    if (/^\p{N}/u.test(words[0]) || words[0] === "نحو" || has(t[a], NOT_SPEAKER)) continue;
    let affiliation: string | null = null;
    for (let k = a; k <= b && !affiliation; k++) affiliation = mentionAt.get(k)?.id ?? null;
    // "وكان المرصد السوري لحقوق الإنسان قد أفاد": a registry name standing as the subject.
    const whole = mentionAt.get(a);
    if (whole && whole.to >= b) return { type: "source", sourceId: whole.id, from: a, to: b, cue: text(a, i), via: null };
    const kind = kindOf(words, t[i], t.slice(i + 1), sentence);
    const base = { from: a, to: b, cue: text(Math.min(a, i), Math.max(b, i)), via: null };
    if (kind === "anonymous")
      return {
        ...base,
        type: "anonymous",
        plural: /s$|^مصادر$/u.test(words.at(-1) ?? ""),
        affiliation,
        name: text(a, b),
        sourceNoun: true,
      };
    if (kind === "correspondent" && words.some((w) => has({ text: w } as Token, CORRESPONDENT)))
      return { ...base, type: "correspondent", outletId: null };
    return { ...base, type: "named", kind, name: text(a, b), affiliation };
  }
  return null;
}

/** The words after a verb up to the content: "قالت [منظمة أطباء بلا حدود] إن". */
function forward(t: Token[], from: number): [number, number] | null {
  let a = from;
  while (a < t.length && has(t[a], DETERMINER)) a++;
  let b = a - 1;
  for (let k = a; k < t.length && k - a < MAX_NAME; k++) {
    if (k > a && isBreak(t[k])) break;
    if (
      has(t[k], COMPLEMENTIZER) ||
      // The first word stops only as written: "والي" is a governor, not و + إلى.
      (k === a ? NAME_STOP.has(t[k].text) : has(t[k], NAME_STOP)) ||
      has(t[k], EVENT) ||
      has(t[k], ARABIC_SPEECH) ||
      has(t[k], ENGLISH_SPEECH)
    )
      break;
    b = k;
  }
  return b >= a ? [a, b] : null;
}

/** The words before a verb back to a clause break: "Separately, [the Sudan Doctors Network] said". */
function backward(t: Token[], verb: number): [number, number] | null {
  let b = verb - 1;
  // "وكان المرصد … قد أفاد", "the ministry has said"
  while (b >= 0 && ["قد", "has", "have", "had", "was"].includes(t[b].text)) b--;
  // "Brig. Gen. Yahya Saree, a Houthi military spokesman, said": in English the phrase in apposition
  // before the verb is the speaker; in Arabic a break before the verb ends the subject.
  if (b < 0 || (isBreak(t[b + 1]) && b + 1 === verb && !isLatin(t[verb]))) return null;
  let a = b;
  while (a > 0 && b - a < MAX_NAME - 1 && !isBreak(t[a]) && !has(t[a - 1], AUX) && !has(t[a - 1], COMPLEMENTIZER)) a--;
  if (has(t[a], AUX)) a++;
  while (a <= b && has(t[a], DETERMINER)) a++;
  return a <= b ? [a, b] : null;
}

function kindOf(words: string[], verb: Token, after: Token[], sentence: string): AttributionKind {
  const toks = words.map((w) => ({ text: w }) as Token);
  const any = (s: ReadonlySet<string>) => toks.some((w) => has(w, s));
  const joined = words.join(" ");
  if (any(EYEWITNESS) || any(CORRESPONDENT)) return "correspondent";
  if (ANONYMITY.some((p) => sentence.includes(p)) || has(toks.at(-1), ANONYMOUS)) return "anonymous";
  if (has(verb, POSTING) && after.slice(0, 6).some((x) => has(x, PLATFORM))) return "social_media_post";
  if (any(MEDIA_QUALIFIER)) return "media_report";
  if (any(MONITOR) || MONITOR_PHRASES.some((p) => joined.includes(p)) || has(verb, DOCUMENTING)) return "monitor_report";
  return "official_statement";
}

/** Where a monitor's name ends: "شبكة [أطباء كردفان] مقتل 12 …" (token index of its last word). */
export function monitorNameEnd(t: Token[], head: number): number {
  const span = forward(t, head);
  return span ? span[1] : head;
}

/** Residents and witnesses read as an unnamed source ("قال سكان") report what they saw. */
export function isEyewitnessName(name: string): boolean {
  return aliasKey(name)
    .split(" ")
    .some((w) => has({ text: w } as Token, EYEWITNESS));
}

/** A media or unnamed report by a body that documents or monitors is a monitor report. */
export function isMonitorName(name: string, sentence: Token[]): boolean {
  const words = aliasKey(name).split(" ");
  const toks = words.map((w) => ({ text: w }) as Token);
  if (toks.some((w) => has(w, MEDIA_QUALIFIER))) return false;
  return (
    toks.some((w) => has(w, MONITOR)) ||
    MONITOR_PHRASES.some((p) => words.join(" ").includes(p)) ||
    sentence.some((x) => has(x, DOCUMENTING))
  );
}
