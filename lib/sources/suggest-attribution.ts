// Suggests how a claim is sourced, from the cues in its own sentence or, when
// it has none, from the attribution its paragraph is carrying on. The article
// is read as a whole so "المصدر"/"التقرير"/"وأضاف" resolve to the source named
// earlier, and a relay stated later ("وفقا لما نقله إرم نيوز") reaches every
// mention of the sources it relays.
import { mapRangeToOriginal, normalizeWithMap } from "@/lib/text/normalize";
import { segmentSentences, type Segment } from "@/lib/text/segment";
import { DEFAULT_CREDIBILITY, DEFAULT_RELIABILITY, startingGrades, type Credibility, type Reliability } from "./grading";
import type { AttributionKind, Channel, SourceKind } from "./kinds";
import { analyzeSentence, type AttributionSource, type Speaker } from "./speakers";

export type { AttributionSource } from "./speakers";

export type AttributionSuggestion = {
  kind: AttributionKind;
  channel: Channel | null;
  sourceId: string | null;
  sourceName: string | null;
  /** Registry id (or name) of the body an unnamed or named source belongs to. */
  affiliation: string | null;
  /** Registry id (or name) of the outlet the claim was relayed through. */
  via: string | null;
  reliability: Reliability;
  credibility: Credibility;
  /** The cue phrase the suggestion rests on, as printed in the article. */
  cue: string | null;
};

type Entity = {
  kind: AttributionKind;
  sourceId: string | null;
  sourceName: string | null;
  affiliation: string | null;
  via: string | null;
  plural: boolean;
  /** Introduced as "مصدر/مصادر" (not "مراقبون", "خبراء"): the antecedent of "المصدر/المصادر". */
  sourceNoun?: boolean;
  introducedIn: number;
  lastSeen: number;
  channelByPara: Map<number, Channel>;
  lastChannel: Channel | null;
};
type Occurrence = { entity: Entity; channel: Channel | null; cue: string };
type Unit = { seg: Segment; para: number; occ: Occurrence[] };

const KIND_BY_SOURCE: Record<SourceKind, AttributionKind> = {
  person: "official_statement",
  organization: "official_statement",
  government_body: "official_statement",
  outlet: "media_report",
  monitor: "monitor_report",
  think_tank: "think_tank_report",
  social_media_account: "social_media_post",
};

export function suggestAttribution(
  text: string,
  span: { start: number; end: number },
  registry: readonly AttributionSource[],
): AttributionSuggestion[] {
  const units = readArticle(text, registry);
  let targets = units.filter((u) => u.seg.start < Math.max(span.end, span.start + 1) && u.seg.end > span.start);
  if (targets.length === 0) targets = units.filter((u) => u.seg.end <= span.start).slice(-1);
  const byId = new Map(registry.map((r) => [r.id, r]));
  const out: AttributionSuggestion[] = [];
  const seen = new Set<string>();
  for (const u of targets) {
    for (const o of inherited(units, u)) {
      const s = toSuggestion(o, byId);
      const key = [s.kind, s.sourceId, s.sourceName, s.affiliation].join("|");
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  if (out.length === 0) out.push(unattributed());
  return out;
}

/** Own attributions, else those of the nearest earlier sentence of the same paragraph. */
function inherited(units: Unit[], u: Unit): Occurrence[] {
  if (u.occ.length > 0) return u.occ;
  for (let i = units.indexOf(u) - 1; i >= 0 && units[i].para === u.para; i--) if (units[i].occ.length > 0) return units[i].occ;
  return [];
}

function unattributed(): AttributionSuggestion {
  return {
    kind: "unattributed",
    channel: null,
    sourceId: null,
    sourceName: null,
    affiliation: null,
    via: null,
    reliability: DEFAULT_RELIABILITY.unattributed,
    credibility: DEFAULT_CREDIBILITY.unattributed,
    cue: null,
  };
}

function toSuggestion(o: Occurrence, byId: Map<string, AttributionSource>): AttributionSuggestion {
  const e = o.entity;
  const src = e.sourceId ? byId.get(e.sourceId) : undefined;
  return {
    kind: e.kind,
    channel: o.channel,
    sourceId: e.sourceId,
    sourceName: src?.name ?? e.sourceName ?? src?.aliases[0] ?? null,
    affiliation: e.affiliation,
    via: e.via,
    reliability: src?.reliability ?? startingGrades(e.kind, Boolean(e.sourceId || e.sourceName)).reliability,
    credibility: DEFAULT_CREDIBILITY[e.kind],
    cue: o.cue,
  };
}

/** Paragraph ids: one per line, except that bullets continue a line ending in ":". */
function paragraphs(text: string, segs: Segment[]): number[] {
  const cps = [...text];
  const lineOf: number[] = [];
  let line = 0;
  for (const c of cps) {
    lineOf.push(line);
    if (c === "\n") line++;
  }
  const out: number[] = [];
  segs.forEach((s, i) => {
    const own = lineOf[s.start] ?? line;
    const prev = segs[i - 1];
    const carries = prev && s.kind === "bullet" && (prev.kind === "bullet" || /:\s*$/u.test(prev.text));
    out.push(carries ? out[i - 1] : own);
  });
  return out;
}

// Suggesting for every claim of one article re-reads the same text: keep the last reading. The
// registry is read again for each request, so it is compared by content, not by identity.
let last: { text: string; registry: string; units: Unit[] } | null = null;

function readArticle(text: string, registry: readonly AttributionSource[]): Unit[] {
  const key = JSON.stringify(registry);
  if (last && last.text === text && last.registry === key) return last.units;
  const units = readUnits(text, registry);
  last = { text, registry: key, units };
  return units;
}

function readUnits(text: string, registry: readonly AttributionSource[]): Unit[] {
  const segs = segmentSentences(text);
  const paras = paragraphs(text, segs);
  const byId = new Map(registry.map((r) => [r.id, r]));
  const entities: Entity[] = [];
  const units: Unit[] = [];

  const entity = (init: Omit<Entity, "introducedIn" | "lastSeen" | "channelByPara" | "lastChannel">, at: number) => {
    const e: Entity = { ...init, introducedIn: at, lastSeen: at, channelByPara: new Map(), lastChannel: null };
    entities.push(e);
    return e;
  };
  const latest = (pred: (e: Entity) => boolean) => entities.filter(pred).sort((a, b) => b.lastSeen - a.lastSeen)[0];
  const bySource = (id: string, at: number) => {
    const src = byId.get(id);
    const kind = KIND_BY_SOURCE[src?.kind ?? "organization"];
    const body = src?.memberOf?.[0];
    const affiliation = body === undefined ? null : typeof body === "string" ? body : body.bodyId;
    return (
      entities.find((e) => e.sourceId === id && e.kind === kind) ??
      entity({ kind, sourceId: id, sourceName: null, affiliation, via: null, plural: false }, at)
    );
  };

  const resolve = (s: Speaker, at: number): Entity[] => {
    switch (s.type) {
      case "source":
        return [bySource(s.sourceId, at)];
      case "anonymous":
        return [
          entity(
            {
              kind: "anonymous",
              sourceId: null,
              sourceName: s.name,
              affiliation: s.affiliation,
              via: null,
              plural: s.plural,
              sourceNoun: s.sourceNoun,
            },
            at,
          ),
        ];
      case "correspondent":
        return [
          entities.find((e) => e.kind === "correspondent" && e.sourceId === s.outletId) ??
            entity(
              { kind: "correspondent", sourceId: s.outletId, sourceName: null, affiliation: null, via: null, plural: false },
              at,
            ),
        ];
      case "named":
        return [
          entities.find((e) => e.kind === s.kind && e.sourceName === s.name) ??
            entity(
              { kind: s.kind, sourceId: null, sourceName: s.name, affiliation: s.affiliation, via: null, plural: false },
              at,
            ),
        ];
      case "backref":
        return backref(s, at);
    }
  };

  const backref = (s: Extract<Speaker, { type: "backref" }>, at: number): Entity[] => {
    const anon = (e: Entity) => e.kind === "anonymous";
    switch (s.ref) {
      case "anonymousSingular": {
        const e = latest((x) => anon(x) && !x.plural && !!x.sourceNoun) ?? latest((x) => anon(x) && !x.plural) ?? latest(anon);
        return [
          e ?? entity({ kind: "anonymous", sourceId: null, sourceName: s.name, affiliation: null, via: null, plural: false }, at),
        ];
      }
      case "anonymousPlural": {
        const e = latest((x) => anon(x) && x.plural && !!x.sourceNoun) ?? latest((x) => anon(x) && x.plural) ?? latest(anon);
        if (!e)
          return [
            entity({ kind: "anonymous", sourceId: null, sourceName: s.name, affiliation: null, via: null, plural: true }, at),
          ];
        // Sources introduced together ("مصادر سياسية، وأخرى مقربة من قسد") are referred to together.
        return entities.filter(
          (x) => anon(x) && x.plural === e.plural && x.sourceNoun === e.sourceNoun && x.introducedIn === e.introducedIn,
        );
      }
      case "correspondent":
        // "مراسلنا" with no correspondent named before: the outlet's own.
        return [
          latest((e) => e.kind === "correspondent") ??
            entity(
              { kind: "correspondent", sourceId: null, sourceName: s.name, affiliation: null, via: null, plural: false },
              at,
            ),
        ];
      case "report":
        return listOf(
          latest((e) => e.kind === "think_tank_report" || e.kind === "monitor_report" || e.lastChannel === "published_report"),
        );
      case "monitor":
        return [
          latest((e) => e.kind === "monitor_report") ??
            entity(
              { kind: "monitor_report", sourceId: null, sourceName: s.name, affiliation: null, via: null, plural: false },
              at,
            ),
        ];
      case "official": {
        const e = latest((x) => x.kind === "official_statement");
        return [
          e ??
            entity(
              { kind: "official_statement", sourceId: null, sourceName: s.name, affiliation: null, via: null, plural: false },
              at,
            ),
        ];
      }
      case "any":
        return listOf(latest(() => true));
    }
  };

  segs.forEach((seg, i) => {
    const para = paras[i];
    const { normalized, map } = normalizeWithMap(seg.text);
    const printed = [...seg.text];
    const a = analyzeSentence(normalized, registry, (s, e) => {
      const r = mapRangeToOriginal(map, s, e);
      return printed.slice(r.start, r.end).join("");
    });
    const occ: Occurrence[] = [];
    for (const s of a.speakers) {
      for (const e of resolve(s, i)) {
        if (s.via) e.via ??= s.via;
        occ.push({ entity: e, channel: a.channel, cue: s.cue });
      }
    }
    if (occ.length === 0 && a.continues) {
      const e = latest(() => true);
      if (e) occ.push({ entity: e, channel: a.channel, cue: seg.text.split(/\s+/u).slice(0, 2).join(" ") });
    }
    for (const o of occ) {
      const e = o.entity;
      // A source quoted again in the same paragraph keeps the channel it was quoted through.
      o.channel ??= e.channelByPara.get(para) ?? (o.cue && isBackref(a.speakers, o.cue) ? e.lastChannel : null);
      if (o.channel) {
        e.channelByPara.set(para, o.channel);
        e.lastChannel = o.channel;
      }
      e.lastSeen = i;
    }
    units.push({ seg, para, occ: dedupe(occ) });
  });
  return units;
}

function listOf(e: Entity | undefined): Entity[] {
  return e ? [e] : [];
}

function isBackref(speakers: Speaker[], cue: string): boolean {
  return speakers.some((s) => s.type === "backref" && s.cue === cue);
}

function dedupe(occ: Occurrence[]): Occurrence[] {
  return occ.filter((o, i) => occ.findIndex((x) => x.entity === o.entity) === i);
}
