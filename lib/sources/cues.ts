// The attribution lexicon compiled to normalized forms, plus phrase matching
// over tokens. Lexicon entries are normalized with the same function as the
// text, so they can be written in ordinary spelling.
import * as L from "@/lib/text/lexicons/attribution-cues";
import type { Channel } from "./kinds";
import { aliasKey } from "./aliases";
import { readings, type Token } from "./tokens";

const set = (words: readonly string[]) => new Set(words.map(aliasKey));
const phrases = (list: readonly string[]) => list.map((p) => aliasKey(p).split(" ")).sort((a, b) => b.length - a.length);

export const SPEECH = set(L.SPEECH_VERBS);
export const CONTINUATION = set(L.CONTINUATION_VERBS);
export const ACCORDING = set(L.ACCORDING_TO);
export const COMPLEMENTIZER = set(L.COMPLEMENTIZERS);
export const ANON_STRONG = set(L.ANONYMOUS_HEADS_STRONG);
export const ANON_WEAK = set(L.ANONYMOUS_HEADS_WEAK.filter((w) => !w.includes(" ")));
export const ANON_WEAK_PHRASES = phrases(L.ANONYMOUS_HEADS_WEAK.filter((w) => w.includes(" ")));
export const ANON_COORDINATE = set(L.ANONYMOUS_COORDINATE);
export const ANON_MODIFIER_STEMS = [...set(L.ANONYMOUS_MODIFIER_STEMS)];
export const AFFILIATION_LINK = set(L.AFFILIATION_LINKS);
export const ANONYMITY = phrases(L.ANONYMITY_PHRASES);
export const BACKREF = Object.fromEntries(Object.entries(L.BACKREFERENCES).map(([k, v]) => [k, set(v)])) as Record<
  keyof typeof L.BACKREFERENCES,
  Set<string>
>;
export const CORRESPONDENT = set(L.CORRESPONDENT_NOUNS);
export const EYEWITNESS = phrases(L.EYEWITNESS_PHRASES);
export const THINK_TANK = phrases(L.THINK_TANK_NOUNS);
export const THINK_TANK_QUALIFIER = set(L.THINK_TANK_QUALIFIERS);
export const MONITOR = phrases(L.MONITOR_NOUNS);
export const MEDIA = phrases(L.MEDIA_NOUNS);
export const SOCIAL = phrases(L.SOCIAL_MEDIA_SOURCES);
export const TITLES = phrases(L.OFFICIAL_TITLES);
export const RELAY = set(L.RELAY_VERBS);
export const FILLER = set(L.FRAME_FILLERS);
export const CHANNEL_PHRASES: [Channel, string[][]][] = Object.entries(L.CHANNEL_CUES).map(([c, list]) => [
  c as Channel,
  phrases(list),
]);

/** Whether some reading of the word (clitics stripped) is in the set. */
export function is(tok: Token | undefined, forms: ReadonlySet<string>): boolean {
  return tok !== undefined && readings(tok.text).some((r) => forms.has(r.form));
}

/** Length in tokens of the first phrase that starts at token i (first word may carry clitics). */
export function phraseAt(tokens: Token[], i: number, list: string[][]): number {
  for (const words of list) {
    if (i + words.length > tokens.length) continue;
    if (!readings(tokens[i].text).some((r) => r.form === words[0])) continue;
    if (words.every((w, k) => k === 0 || tokens[i + k].text === w)) return words.length;
  }
  return 0;
}

/** "مطلع", "سياسيه", "مقربه": a modifier of an unnamed source (stem plus at most 3 letters of ending). */
export function isAnonModifier(tok: Token | undefined): boolean {
  if (!tok) return false;
  return readings(tok.text).some((r) =>
    ANON_MODIFIER_STEMS.some((s) => r.form.startsWith(s) && [...r.form].length - [...s].length <= 3),
  );
}

/** A clause break between two tokens: comma, colon, semicolon, full stop or dash. */
export function breaksBefore(tok: Token | undefined): boolean {
  return tok !== undefined && /[،,:;؛.\-–—]/u.test(tok.gap);
}
