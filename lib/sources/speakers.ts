// Finds who a single (normalized) sentence attributes its content to. Pure
// token rules: a reporting cue (verb, "according to", report noun) and the
// speaker next to it; names after "إن/أن" are content, not speakers.
import * as C from "./cues";
import type { Speaker } from "./speaker";
import { aliasKey, findMentionsInTokens, type AliasEntry, type TokenMention } from "./aliases";
import type { Channel, SourceKind } from "./kinds";
import type { Reliability } from "./grading";
import type { Medium } from "./registry-seed";
import { isEyewitnessName, isMonitorName, monitorNameEnd, openSpeaker } from "./open-speaker";
import { readings, tokenize, type Token } from "./tokens";

export type AttributionSource = AliasEntry & {
  name?: string;
  kind?: SourceKind;
  reliability?: Reliability | null;
  memberOf?: (string | { bodyId: string })[];
  medium?: Medium;
};

export type { Speaker };

export type SentenceAnalysis = {
  speakers: Speaker[];
  /** Opens with a subject-less reporting verb ("وأضاف: …"): the previous speaker goes on. */
  continues: boolean;
  channel: Channel | null;
};

const PLURAL_HEADS = new Set([
  "مصادر",
  "مسؤولون",
  "مسؤولين",
  "قياديون",
  "قياديين",
  "دبلوماسيون",
  "دبلوماسيين",
  "مراقبون",
  "مراقبين",
  "خبراء",
  "محللون",
  "محللين",
  "ناشطون",
  "ناشطين",
  "اوساط",
  "مقربون",
  "مقربين",
  "عناصر",
  "سكان",
  "اهالي",
  "مسؤولو",
  "اخري",
  "اخرون",
  "اخرين",
  "وسائل",
]);
const FROM = new Set(["عن", "نقلا"]);
// "لما"/"ما" only glue "وفقا لما نقله" together; on their own they cue nothing.
const GLUE = new Set(["لما", "ما"]);
// A report noun is a cue by itself: "تقرير لمعهد واشنطن" (normalized spellings).
const REPORT_NOUNS = [["تقرير"], ["دراسه"]];
const STOP_IN_TITLE = new Set(["في", "خلال", "عبر", "امس", "اليوم", "مع", "قد", "الي", "علي"]);

/**
 * `render(start, end)` turns a range of the normalized sentence back into the
 * words as printed, so names and cues are shown in the article's own spelling.
 */
export function analyzeSentence(
  normalized: string,
  registry: readonly AttributionSource[],
  render: (start: number, end: number) => string = (a, b) => [...normalized].slice(a, b).join(""),
): SentenceAnalysis {
  const t = tokenize(normalized);
  const mentions = findMentionsInTokens(t, registry);
  const mentionAt = new Map(mentions.map((m) => [m.from, m]));
  const byId = new Map(registry.map((r) => [r.id, r]));
  const speakers: Speaker[] = [];
  const used = new Uint8Array(t.length);
  let contentFrom = Infinity;

  /** Words a..b as printed; `skip` leaves out a clitic glued to the first word. */
  const text = (a: number, b: number, skip = 0) => render(t[a].start + skip, t[Math.max(a, b)].end);
  const firstComplementizer = (from: number) => {
    for (let k = from; k < t.length; k++) if (C.is(t[k], C.COMPLEMENTIZER)) return k;
    return Infinity;
  };
  const add = (s: Speaker) => {
    if (used.subarray(s.from, s.to + 1).some(Boolean)) return;
    used.fill(1, s.from, s.to + 1);
    speakers.push(s);
    contentFrom = Math.min(contentFrom, firstComplementizer(s.to + 1));
  };
  const isOutlet = (id: string) => byId.get(id)?.kind === "outlet";
  const prefixHasL = (m: TokenMention) => /ل/u.test(m.prefix);

  // "مصدر مسؤول في قسد", "مقرب من قسد": the body an unnamed source belongs to.
  const affiliationAfter = (h: number): { id: string | null; end: number } => {
    let k = h + 1;
    let end = h;
    for (let n = 0; n < 4 && C.isAnonModifier(t[k]) && !mentionAt.has(k); n++) end = k++;
    // A link word is required: in "مصدر مطلع لـ"المدن"" the outlet is who was told.
    if (!C.is(t[k], C.AFFILIATION_LINK) || breaksAt(k)) return { id: null, end };
    const m = mentionAt.get(++k);
    if (m && k - h <= 6 && !breaksAt(k)) return { id: m.id, end: m.to };
    return { id: null, end };
  };
  const breaksAt = (k: number) => C.breaksBefore(t[k]) && !/^[\s"'()]*$/u.test(t[k].gap);

  const anonymousAt = (h: number, cue: number): Speaker => {
    const weak = C.phraseAt(t, h, C.ANON_WEAK_PHRASES);
    const head = readings(t[h].text).find(
      (r) => PLURAL_HEADS.has(r.form) || C.ANON_STRONG.has(r.form) || C.ANON_WEAK.has(r.form),
    );
    const headEnd = h + Math.max(weak, 1) - 1;
    const aff = affiliationAfter(headEnd);
    let nameTo = headEnd;
    while (nameTo < aff.end && C.isAnonModifier(t[nameTo + 1]) && !mentionAt.has(nameTo + 1)) nameTo++;
    const name = text(h, nameTo, [...(readings(t[h].text).find((r) => r.form === head?.form)?.prefix ?? "")].length);
    // "مصدر/مصادر" and their coordinate "وأخرى" are what a later "المصدر/المصادر" points back to.
    const sourceNoun = C.ANON_STRONG.has(head?.form ?? "") || C.ANON_COORDINATE.has(head?.form ?? "");
    return {
      type: "anonymous",
      plural: weak > 0 || PLURAL_HEADS.has(head?.form ?? ""),
      affiliation: aff.id,
      name,
      sourceNoun,
      from: h,
      to: Math.max(aff.end, h + Math.max(weak, 1) - 1),
      cue: text(Math.min(cue, h), Math.max(aff.end, h)),
      via: null,
    };
  };

  // The speaker starting at token j, "skip" for a recipient/interviewer, or null.
  const candidateAt = (j: number, cue: number, afterVerb: boolean, toRecipient: boolean): Speaker | { skip: number } | null => {
    const m = mentionAt.get(j);
    if (m) {
      const prev = t[j - 1];
      if (toRecipient || (afterVerb && prefixHasL(m)) || prev?.text === "مع") {
        return { skip: m.to + 1 };
      }
      // "مندوب سوريا …، إبراهيم علبي": swallow the name in apposition.
      let to = m.to;
      const next = mentionAt.get(m.to + 1);
      if (next && next.id === m.id) to = next.to;
      return { type: "source", sourceId: m.id, from: j, to, cue: text(cue, to), via: null };
    }
    const tok = t[j];
    if (C.is(tok, C.ANON_STRONG) || C.is(tok, C.ANON_WEAK) || C.phraseAt(t, j, C.ANON_WEAK_PHRASES)) return anonymousAt(j, cue);
    const title = C.phraseAt(t, j, C.TITLES);
    for (const ref of Object.keys(C.BACKREF) as (keyof typeof C.BACKREF)[]) {
      if (C.is(tok, C.BACKREF[ref])) {
        // "المتحدث باسم الخارجية الأمريكية" names someone new; a bare "المتحدث" points back.
        if (ref === "official" && title) {
          const named = titleAt(j, title, cue);
          if (named.type === "source" || (named.type === "named" && named.affiliation)) return named;
        }
        let to = j;
        while (C.isAnonModifier(t[to + 1]) && !mentionAt.has(to + 1)) to++;
        return { type: "backref", ref, name: text(j, to), from: j, to, cue: text(cue, to), via: null };
      }
    }
    if (C.is(tok, C.CORRESPONDENT)) {
      const o = mentionAt.get(j + 1);
      const outlet = o && isOutlet(o.id) ? o : undefined;
      return {
        type: "correspondent",
        outletId: outlet?.id ?? null,
        from: j,
        to: outlet?.to ?? j,
        cue: text(cue, outlet?.to ?? j),
        via: null,
      };
    }
    const eye = C.phraseAt(t, j, C.EYEWITNESS);
    if (eye)
      return {
        type: "named",
        kind: "correspondent",
        name: text(j, j + eye - 1),
        affiliation: null,
        from: j,
        to: j + eye - 1,
        cue: text(cue, j + eye - 1),
        via: null,
      };
    const soc = C.phraseAt(t, j, C.SOCIAL);
    if (soc)
      return {
        type: "named",
        kind: "social_media_post",
        name: text(j, j + soc - 1),
        affiliation: null,
        from: j,
        to: j + soc - 1,
        cue: text(cue, j + soc - 1),
        via: null,
      };
    const mon = C.phraseAt(t, j, C.MONITOR);
    if (mon) {
      if (C.is(tok, C.BACKREF.monitor))
        return { type: "backref", ref: "monitor", name: text(j, j), from: j, to: j, cue: text(cue, j), via: null };
      const end = nameEnd(j + mon - 1, 4);
      return {
        type: "named",
        kind: "monitor_report",
        name: text(j, end),
        affiliation: null,
        from: j,
        to: end,
        cue: text(cue, end),
        via: null,
      };
    }
    const tank = C.phraseAt(t, j, C.THINK_TANK);
    if (tank && (tank > 1 || !tok.text.endsWith("مركز") || t.slice(j + 1, j + 4).some((x) => C.is(x, C.THINK_TANK_QUALIFIER)))) {
      const end = nameEnd(j + tank - 1, 4);
      return {
        type: "named",
        kind: "think_tank_report",
        name: text(j, end),
        affiliation: null,
        from: j,
        to: end,
        cue: text(cue, end),
        via: null,
      };
    }
    if (title) return titleAt(j, title, cue);
    return null;
  };

  // Extends a name over following words until a break, a stop word or `max` words.
  const nameEnd = (from: number, max: number) => {
    let end = from;
    for (let k = from + 1; k < t.length && k - from <= max; k++) {
      if (breaksAt(k) || STOP_IN_TITLE.has(t[k].text) || C.is(t[k], C.COMPLEMENTIZER) || C.is(t[k], C.SPEECH)) break;
      end = k;
    }
    return end;
  };

  const titleAt = (j: number, len: number, cue: number): Speaker => {
    let affiliation: string | null = null;
    for (let k = j + len; k < t.length && k <= j + 8; k++) {
      if (C.is(t[k], C.COMPLEMENTIZER) || STOP_IN_TITLE.has(t[k].text)) break;
      const m = mentionAt.get(k);
      if (!m) continue;
      if (byId.get(m.id)?.kind === "person")
        return { type: "source", sourceId: m.id, from: j, to: m.to, cue: text(cue, m.to), via: null };
      affiliation ??= m.id;
      k = m.to;
    }
    const end = nameEnd(j + len - 1, 5);
    return {
      type: "named",
      kind: "official_statement",
      name: text(j, end),
      affiliation,
      from: j,
      to: end,
      cue: text(cue, end),
      via: null,
    };
  };

  // Forward from a cue: fillers and media nouns may sit between cue and speaker.
  const scanFrom = (i: number, afterVerb: boolean) => {
    let toRecipient = false;
    let mediaName: string | null = null;
    for (let j = i + 1, skipped = 0; j < t.length && skipped <= 4;) {
      if (C.is(t[j], C.COMPLEMENTIZER)) break;
      const c = candidateAt(j, i, afterVerb, toRecipient);
      if (c && "skip" in c) {
        j = c.skip;
        toRecipient = false;
        skipped++;
        continue;
      }
      if (c) {
        const outletLike = (c.type === "source" && isOutlet(c.sourceId)) || (c.type === "named" && c.kind === "media_report");
        add(c);
        // "نقلت صحيفة X عن مصادر": X relays, the real speaker follows.
        if (outletLike && C.is(t[c.to + 1], FROM)) {
          j = c.to + 1;
          skipped = 0;
          continue;
        }
        // "نقلت وسائل إعلام عن مسؤولين": unnamed media relay the speaker after them.
        if (mediaName) c.via ??= mediaName;
        return true;
      }
      const media = C.phraseAt(t, j, C.MEDIA);
      if (media) {
        const prefix = readings(t[j].text).find((r) => C.MEDIA.some((p) => p[0] === r.form))?.prefix ?? "";
        toRecipient = (afterVerb && prefix.includes("ل")) || t[j - 1]?.text === "مع";
        const q = j + media;
        // A quoted outlet not in the registry: ذكرت صحيفة "واشنطن بوست".
        if (!toRecipient && !mentionAt.has(q) && t[q] && /"/u.test(t[q].gap)) {
          let e = q;
          while (e + 1 < t.length && !/"/u.test(t[e + 1].gap) && e - q < 5) e++;
          add({
            type: "named",
            kind: "media_report",
            name: text(q, e),
            affiliation: null,
            from: j,
            to: e,
            cue: text(i, e),
            via: null,
          });
          j = e + 1;
          continue;
        }
        if (!toRecipient && !mentionAt.has(q)) mediaName = text(j, q - 1);
        j = q;
        skipped++;
        continue;
      }
      // Verbs count as fillers here: "وفقا لما أفاد به المصدر".
      if (C.is(t[j], C.FILLER) || C.is(t[j], C.RELAY) || C.is(t[j], C.ACCORDING) || C.is(t[j], C.SPEECH)) {
        j++;
        skipped++;
        continue;
      }
      break;
    }
    // Unnamed media with no speaker after them are the source themselves ("ذكرت وسائل إعلام").
    if (mediaName)
      add({
        type: "named",
        kind: "media_report",
        name: mediaName,
        affiliation: null,
        from: i,
        to: i,
        cue: text(i, i),
        via: null,
      });
    return false;
  };

  // Subject before verb: "مصادر ميدانية أكدت", "المصادر ذكرت", "قسد أعلنت".
  const scanBack = (i: number) => {
    if (i === 0 || C.breaksBefore(t[i])) return;
    const m = mentions.find((x) => x.to === i - 1);
    if (m && !prefixHasL(m))
      return add({ type: "source", sourceId: m.id, from: m.from, to: m.to, cue: text(m.from, i), via: null });
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const c = candidateAt(k, k, false, false);
      if (c && !("skip" in c) && c.type !== "source" && c.to >= i - 1) return add({ ...c, cue: text(k, i) });
      if (k < i - 1 && !C.isAnonModifier(t[k + 1])) return;
    }
  };

  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    const inContent = i > contentFrom;
    const according = C.is(tok, C.ACCORDING) && !C.is(tok, GLUE);
    if (inContent && !according) continue;
    if (used[i]) continue;
    // An unnamed source stands on its own when qualified: "مصادر ميدانية", "مصدر في قسد".
    if (
      C.is(tok, C.ANON_STRONG) &&
      (C.isAnonModifier(t[i + 1]) || (C.is(t[i + 1], C.AFFILIATION_LINK) && mentionAt.has(i + 2)))
    ) {
      add(anonymousAt(i, i));
      continue;
    }
    if (
      C.is(tok, C.ANON_COORDINATE) &&
      speakers.some((s) => s.type === "anonymous") &&
      (C.isAnonModifier(t[i + 1]) || C.is(t[i + 1], C.AFFILIATION_LINK))
    ) {
      add(anonymousAt(i, i));
      continue;
    }
    if (C.is(tok, C.CORRESPONDENT) || C.phraseAt(t, i, C.EYEWITNESS)) {
      const c = candidateAt(i, i, false, false);
      if (c && !("skip" in c)) add(c);
      continue;
    }
    const verb = C.is(tok, C.SPEECH);
    if (verb || according || C.phraseAt(t, i, REPORT_NOUNS)) {
      if (!scanFrom(i, verb) && verb) scanBack(i);
    }
  }

  // "…، فضل عدم الكشف عن اسمه": a source described only by title is unnamed on purpose.
  if (t.some((_, i) => C.phraseAt(t, i, C.ANONYMITY)) && !speakers.some((s) => s.type === "anonymous")) {
    const named = speakers.findIndex((s) => s.type === "named");
    if (named >= 0) {
      const n = speakers[named] as Extract<Speaker, { type: "named" }>;
      speakers[named] = { ...n, type: "anonymous", plural: false, affiliation: n.affiliation, sourceNoun: false };
    }
  }

  if (speakers.length === 0) {
    const open = openSpeaker({ tokens: t, text: (a, b) => text(a, b), mentionAt });
    if (open) speakers.push(open);
  }

  // Outlets next to another speaker are the relay, not the origin.
  const relays = speakers.filter(
    (s) => (s.type === "source" && isOutlet(s.sourceId)) || (s.type === "named" && s.kind === "media_report"),
  );
  const others = speakers.filter((s) => !relays.includes(s));
  if (relays.length > 0 && others.length > 0) {
    const r = relays[0];
    const via = r.type === "source" ? r.sourceId : r.type === "named" ? r.name : null;
    for (const s of others) s.via ??= via;
  }
  const kept = relays.length > 0 && others.length > 0 ? others : speakers;
  // A network or committee that documents ("وثّقت شبكة أطباء السودان") reports as a monitor.
  for (const [k, s] of kept.entries()) {
    if (s.type === "named" && s.kind === "media_report" && isMonitorName(s.name, t)) {
      const head = t.findIndex((x, j) => j >= s.from && x.text.endsWith(aliasKey(s.name).split(" ")[0]));
      const name = head < 0 ? s.name : text(head, monitorNameEnd(t, head));
      kept[k] = { ...s, kind: "monitor_report", name };
    }
    // "قال سكان في حي الثورة": residents speak as eyewitnesses.
    if (s.type === "anonymous" && isEyewitnessName(s.name)) kept[k] = { ...s, type: "named", kind: "correspondent" };
  }

  return {
    speakers: kept.sort((a, b) => a.from - b.from),
    continues: kept.length === 0 && opensWithContinuation(t),
    channel: channelOf(t, contentFrom, mentions, byId),
  };
}

function opensWithContinuation(t: Token[]): boolean {
  let i = 0;
  while (i < t.length && ["كما", "ثم", "بدوره", "بدورها"].includes(t[i].text)) i++;
  if (!C.is(t[i], C.CONTINUATION)) return false;
  const next = t[i + 1];
  return !next || /[:"]/u.test(next.gap) || C.is(next, C.COMPLEMENTIZER) || next.text === "الي" || C.is(next, C.CONTINUATION);
}

function channelOf(
  t: Token[],
  contentFrom: number,
  mentions: TokenMention[],
  byId: Map<string, AttributionSource>,
): Channel | null {
  const end = Math.min(t.length, contentFrom);
  let found: Channel | null = null;
  for (const [channel, list] of C.CHANNEL_PHRASES) {
    if (found) break;
    for (let i = 0; i < end && !found; i++) if (C.phraseAt(t, i, list)) found = channel;
  }
  // Told to / interviewed by a TV outlet: "لـ CBS", "لشبكة CBS", "مع قناة الحدث".
  const heard = (m: TokenMention) => {
    const prev = t[m.from - 1];
    const media = prev !== undefined && C.phraseAt(t, m.from - 1, C.MEDIA) > 0;
    return /ل/u.test(m.prefix) || prev?.text === "مع" || (media && (/^و?ل/u.test(prev.text) || t[m.from - 2]?.text === "مع"));
  };
  const tvHeard = mentions.some((m) => m.from < end && heard(m) && byId.get(m.id)?.medium === "tv");
  if (tvHeard && (found === null || found === "press_interview")) return "tv_interview";
  return found;
}
