// Suggests candidate claims: body sentences (or clauses of long sentences) that
// carry an attribution or a concrete, checkable element. Suggestions are only
// proposals for an editor; they point into the untouched article text.
import { findDates } from "@/lib/text/dates";
import { normalizeWithMap } from "@/lib/text/normalize";
import { segmentClauses, segmentSentences, type Segment } from "@/lib/text/segment";
import * as cues from "@/lib/text/lexicons/claim-cues";
import { checkWorthiness } from "./check-worthiness";
import { suggestionReason } from "./suggestion-reasons";

type Range = { start: number; end: number };
export type ClaimSuggestion = {
  start: number;
  end: number;
  quote: string;
  reasons: string[];
  /** Check-worthiness 0–1 from the reasons (see check-worthiness.ts). */
  score: number;
};

// Long sentences are split only beyond this many words, and only into clauses
// that each open with their own reporting or event verb and are checkable.
const SPLIT_MIN_WORDS = 30;

// forms: with any attached conjunction / preposition removed (for nouns);
// vforms: with only و / ف removed, since verbs never carry ب / ل / ك ("لمنع" is a noun).
type Tok = {
  n: string;
  forms: string[];
  vforms: string[];
  s: number;
  e: number;
};
const normTok = (w: string) => normalizeWithMap(w).normalized;
const entries = (list: readonly string[]) => list.map((w) => ({ display: w, toks: normTok(w).split(" ") }));
const ATTR = entries(cues.ATTRIBUTION_CUES);
const ATTR_WORDS = new Set(ATTR.map((a) => a.toks.join(" ")));
const NON_FINITE = new Set(cues.NON_FINITE_CUES.map(normTok));
const OPINION = new Set(cues.OPINION_CUES.map(normTok));
const COMMENTATORS = new Set(cues.COMMENTATOR_NOUNS.map(normTok));
const DEMONSTRATIVES = new Set(cues.DEMONSTRATIVES.map(normTok));
const EVENTS = new Set(cues.EVENT_VERBS.map(normTok));
const NUMBER_WORDS = new Set(cues.NUMBER_WORDS.map(normTok));
const FACILITIES = new Set(cues.FACILITY_NOUNS.map(normTok));
const PLACES = entries(cues.PLACES);
const ACTORS = entries(cues.ACTORS);
const SPECULATION = cues.SPECULATION_CUES.map(normTok);
const COMPARISONS = entries(cues.COMPARISON_CUES);
// Words after a facility noun that are not its name ("قاعدة في", "قاعدة ثالثه", "مدينة شمال").
const NOT_A_NAME = new Set([
  "في",
  "من",
  "على",
  "الي",
  "عن",
  "مع",
  "التي",
  "الذي",
  "داخل",
  "قرب",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "ثانيه",
  "ثالثه",
  "اخري",
  "جديده",
  "عسكريه",
  "رئيسيه",
  "كبيره",
  "صغيره",
]);
const RELATIVE = new Set(["ما", "مما"]);
const LEADING_PARTICLES = new Set(["كما", "قد", "وقد", "ثم", "لكن", "بالمقابل", "فيما", "بينما"]);

/** Token forms with an attached conjunction / preposition removed ("ووفقا" → "وفقا", "والحسكه" → "الحسكه"). */
function formsOf(n: string): string[] {
  const out = [n];
  const m = /^(?:و|ف)(.{3,})$/u.exec(n);
  if (m) out.push(m[1]);
  for (const f of [...out]) {
    const p = /^(?:و|ف)?(?:ب|ل|ك)(.{2,})$/u.exec(f);
    if (p) out.push(p[1].startsWith("ل") && f.includes("لل") ? "ا" + p[1] : p[1]);
  }
  return out;
}

function tokenize(text: string): {
  toks: Tok[];
  norm: string;
  orig: (t: Tok, u?: Tok) => string;
  at: (t: Tok) => number;
} {
  const { normalized, map } = normalizeWithMap(text);
  const cps = [...text];
  const toks: Tok[] = [];
  const chars = [...normalized];
  for (let i = 0; i < chars.length;) {
    if (!/[\p{L}\p{N}%]/u.test(chars[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && /[\p{L}\p{N}%]/u.test(chars[j])) j++;
    const n = chars.slice(i, j).join("");
    const forms = formsOf(n);
    toks.push({
      n,
      forms,
      vforms: forms.slice(0, /^[وف]/u.test(n) && n.length > 3 ? 2 : 1),
      s: i,
      e: j,
    });
    i = j;
  }
  const orig = (t: Tok, u: Tok = t) => cps.slice(map[t.s], map[u.e - 1] + 1).join("");
  return { toks, norm: normalized, orig, at: (t: Tok) => map[t.s] };
}

/** Index of a phrase (list of normalized tokens) in the tokens, by any form of each token. */
function findPhrase(toks: Tok[], phrase: string[], verb = false): number {
  for (let i = 0; i + phrase.length <= toks.length; i++)
    if (phrase.every((w, k) => (verb ? toks[i + k].vforms : toks[i + k].forms).includes(w))) return i;
  return -1;
}

// predicate: a reporting or event verb opens the text, so it can stand as a claim of its own.
type Analysis = {
  reasons: string[];
  checkable: boolean;
  attributed: boolean;
  opinion: boolean;
  predicate: boolean;
};

function analyze(text: string): Analysis {
  const { toks, norm, orig, at } = tokenize(text);
  const reasons: string[] = [];
  let attributed = false;
  let commentary = false;
  // In text order, so the reason names the cue that introduces the statement.
  const found = ATTR.map((a) => ({
    a,
    i: findPhrase(toks, a.toks, true),
  })).filter((x) => x.i >= 0);
  for (const { a, i } of found.sort((x, y) => x.i - y.i)) {
    const next = toks.slice(i + a.toks.length, i + a.toks.length + 2).flatMap((t) => t.forms);
    if (DEMONSTRATIVES.has(toks[i + a.toks.length]?.n ?? "")) continue; // "وتشير هذه التحركات": not a speaker
    if (RELATIVE.has(toks[i - 1]?.n ?? "")) continue; // "ما يشير إلى": "which indicates", an inference
    // "يرى مراقبون", and in English the subject before the verb: "Analysts say".
    if (next.some((f) => COMMENTATORS.has(f)) || COMMENTATORS.has(toks[i - 1]?.n ?? "")) {
      commentary = true;
      continue;
    }
    if (!attributed) reasons.push(suggestionReason("attributionCue", a.display));
    attributed = true;
  }
  // An opinion verb or a commentator opening the sentence makes it a view.
  const lead = toks.filter((t, k) => k > 0 || !LEADING_PARTICLES.has(t.n)).slice(0, 3);
  const opinion = commentary || lead.slice(0, 2).some((t) => t.vforms.some((f) => OPINION.has(f)));
  const words = ` ${toks.map((t) => t.n).join(" ")} `;
  const speculative = SPECULATION.some((s) => words.includes(` ${s} `) || ` ${norm} `.includes(` ${s} `));

  const dates = findDates(text);
  for (const d of dates) reasons.push(suggestionReason("date", d.text));
  for (const t of toks) {
    if (dates.some((d) => at(t) >= d.start && at(t) < d.end)) continue;
    if (/^(19|20)\d\d$/.test(t.n)) reasons.push(suggestionReason("date", orig(t)));
    else if (/\d/.test(t.n) || t.forms.some((f) => NUMBER_WORDS.has(f))) {
      // "3 آلاف" is one number.
      const prev = toks[toks.indexOf(t) - 1];
      if (prev && /\d/.test(prev.n) && reasons.at(-1) === suggestionReason("number", orig(prev)))
        reasons[reasons.length - 1] = suggestionReason("number", orig(prev, t));
      else reasons.push(suggestionReason("number", orig(t)));
    }
  }
  toks.forEach((t, i) => {
    const name = toks[i + 1];
    if (FACILITIES.has(t.n) && name && !NOT_A_NAME.has(name.n) && !/\d/.test(name.n))
      reasons.push(suggestionReason("place", orig(t, name)));
  });
  const comparison = COMPARISONS.find((c) => findPhrase(toks, c.toks, true) >= 0);
  if (comparison) reasons.push(suggestionReason("comparison", comparison.display));
  const facts = reasons.length - (attributed ? 1 : 0);
  const named = (list: typeof PLACES) => list.filter((p) => findPhrase(toks, p.toks) >= 0).map((p) => p.display);
  const places = named(PLACES).filter((p) => !reasons.some((r) => r.startsWith(suggestionReason("place", "")) && r.includes(p)));
  // In English a capitalized word inside the sentence names an actor or a place ("Bara", "the RSF").
  const proper = toks.filter((t, i) => i > 0 && /^\p{Lu}/u.test(orig(t)) && /^[a-z]/u.test(t.n)).map((t) => orig(t));
  const actors = [...named(ACTORS), ...proper];
  const event = toks.find((t) => t.vforms.some((f) => EVENTS.has(f)));
  const eventful = !!event && !speculative && places.length + actors.length > 0;
  if (eventful) {
    reasons.push(suggestionReason("event", orig(event!)));
    for (const p of places.slice(0, 2)) reasons.push(suggestionReason("place", p));
    if (places.length === 0) reasons.push(suggestionReason("actor", actors[0]));
  }
  const predicate = toks
    .slice(0, 4)
    .some((t) => t.vforms.some((f) => EVENTS.has(f) || (ATTR_WORDS.has(f) && !NON_FINITE.has(f))));
  return {
    reasons,
    attributed,
    opinion,
    predicate,
    // A vow or forecast resting on its attribution alone is not checkable; one with a figure or a place still is.
    checkable: !opinion && ((attributed && !speculative) || facts > 0 || eventful),
  };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export function suggestClaims(text: string, layout: { furniture: Range[]; headings: Range[] }): ClaimSuggestion[] {
  const cps = [...text];
  const blocked = [...layout.furniture, ...layout.headings];
  const out: ClaimSuggestion[] = [];
  const emit = (r: Range, reasons: string[]) =>
    out.push({
      start: r.start,
      end: r.end,
      quote: cps.slice(r.start, r.end).join(""),
      reasons,
      score: checkWorthiness(reasons).score,
    });
  for (const seg of segmentSentences(text, {
    headings: layout.headings,
    exclude: layout.furniture,
  })) {
    if (seg.kind === "heading" || blocked.some((b) => overlaps(b, seg))) continue;
    const whole = analyze(seg.text);
    if (!whole.checkable) continue;
    const groups = seg.text.split(/\s+/u).length >= SPLIT_MIN_WORDS ? clauseGroups(text, seg) : [];
    if (groups.length < 2) emit(seg, whole.reasons);
    else for (const g of groups) emit(g, g.reasons);
  }
  return out;
}

// Consecutive clauses grouped so that each group opens with a checkable clause
// that has its own predicate; other clauses (relative clauses, "according to"
// tails, lists) stay with the claim before (or after) them.
function clauseGroups(text: string, seg: Segment): Array<Range & { reasons: string[] }> {
  const groups: Array<Range & { reasons: string[] }> = [];
  let pending: number | null = null;
  for (const c of segmentClauses(text, seg)) {
    const a = analyze(c.text);
    if (a.checkable && a.predicate) {
      groups.push({
        start: pending ?? c.start,
        end: c.end,
        reasons: a.reasons,
      });
      pending = null;
    } else if (groups.length > 0) groups[groups.length - 1].end = c.end;
    else pending ??= c.start;
  }
  return groups;
}
