// Two-axis grading (Admiralty / NATO system) and the single derived sourcing
// strength used for sorting. Reliability grades the source, credibility grades
// the information; they are kept apart on purpose and only combined here.
import type { AttributionKind, Label } from "./kinds";

export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

type Explained = Label & { explainEn: string; explainAr: string };

export const RELIABILITY_LABELS: Record<Reliability, Explained> = {
  A: {
    en: "Completely reliable",
    ar: "موثوق تماماً",
    explainEn: "No doubt about authenticity, trustworthiness or competence; a history of complete reliability.",
    explainAr: "لا شك في أصالته أو أمانته أو كفاءته؛ سجل موثوقية كاملة.",
  },
  B: {
    en: "Usually reliable",
    ar: "موثوق عادةً",
    explainEn: "Minor doubts; a history of mostly valid information.",
    explainAr: "شكوك طفيفة؛ سجل معلومات صحيحة في الغالب.",
  },
  C: {
    en: "Fairly reliable",
    ar: "موثوق إلى حد ما",
    explainEn: "Doubts; has provided valid information in the past.",
    explainAr: "ثمة شكوك؛ قدّم معلومات صحيحة في السابق.",
  },
  D: {
    en: "Not usually reliable",
    ar: "غير موثوق عادةً",
    explainEn: "Significant doubts; has provided valid information only occasionally.",
    explainAr: "شكوك كبيرة؛ قدّم معلومات صحيحة أحياناً فقط.",
  },
  E: {
    en: "Unreliable",
    ar: "غير موثوق",
    explainEn: "Lacks authenticity, trustworthiness and competence; a history of invalid information.",
    explainAr: "يفتقر إلى الأصالة والأمانة والكفاءة؛ سجل معلومات غير صحيحة.",
  },
  F: {
    en: "Reliability cannot be judged",
    ar: "لا يمكن الحكم على موثوقيته",
    explainEn: "No basis for evaluating the source (e.g. an unnamed source).",
    explainAr: "لا أساس لتقييم المصدر (مثل مصدر لم يُكشف عن اسمه).",
  },
};

export const CREDIBILITY_LABELS: Record<Credibility, Explained> = {
  1: {
    en: "Confirmed by other sources",
    ar: "مؤكد من مصادر أخرى",
    explainEn: "Confirmed by other independent sources; logical and consistent.",
    explainAr: "أكدته مصادر مستقلة أخرى؛ منطقي ومتسق.",
  },
  2: {
    en: "Probably true",
    ar: "صحيح على الأرجح",
    explainEn: "Not confirmed; logical and consistent with other information.",
    explainAr: "غير مؤكد؛ منطقي ومتسق مع معلومات أخرى.",
  },
  3: {
    en: "Possibly true",
    ar: "ربما يكون صحيحاً",
    explainEn: "Not confirmed; reasonably logical, agrees with some other information.",
    explainAr: "غير مؤكد؛ منطقي إلى حد ما ويتفق مع بعض المعلومات.",
  },
  4: {
    en: "Doubtful",
    ar: "مشكوك فيه",
    explainEn: "Not confirmed; possible but not logical, no other information on the subject.",
    explainAr: "غير مؤكد؛ ممكن لكنه غير منطقي ولا معلومات أخرى عنه.",
  },
  5: {
    en: "Improbable",
    ar: "مستبعد",
    explainEn: "Not confirmed; not logical and contradicted by other information.",
    explainAr: "غير مؤكد؛ غير منطقي وتناقضه معلومات أخرى.",
  },
  6: {
    en: "Truth cannot be judged",
    ar: "لا يمكن الحكم على صحته",
    explainEn: "No basis for evaluating the validity of the information.",
    explainAr: "لا أساس لتقييم صحة المعلومة.",
  },
};

/** Starting reliability when the source has none in the registry (editors adjust it). */
export const DEFAULT_RELIABILITY: Record<AttributionKind, Reliability> = {
  anonymous: "F",
  official_statement: "C",
  monitor_report: "B",
  correspondent: "B",
  media_report: "C",
  think_tank_report: "C",
  // an account is not known to be bad until the desk grades it so (E is a judgement, F says "not judged")
  social_media_post: "F",
  // the outlet's own assertion names nobody to judge: it never outranks a claim that names its source
  unattributed: "F",
};

/**
 * Starting credibility of a suggestion. Nothing has been cross-checked yet, so
 * only first-hand kinds start above "cannot be judged" (6).
 */
export const DEFAULT_CREDIBILITY: Record<AttributionKind, Credibility> = {
  anonymous: 6,
  official_statement: 3,
  monitor_report: 3,
  correspondent: 2,
  media_report: 3,
  think_tank_report: 3,
  social_media_post: 6,
  unattributed: 6,
};

/**
 * The grades an attribution starts with. A speaker the article does not name (no registry source and
 * no name: "شهود عيان", "a military source") cannot be judged, so its reliability starts at F whatever
 * its kind; named speakers start at their kind's default (a registry source's own grade wins when known).
 */
export function startingGrades(kind: AttributionKind, named: boolean): { reliability: Reliability; credibility: Credibility } {
  return { reliability: named ? DEFAULT_RELIABILITY[kind] : "F", credibility: DEFAULT_CREDIBILITY[kind] };
}

// F and 6 mean "unknown", which ranks above "known to be bad" (E, 5).
const RELIABILITY_WEIGHT: Record<Reliability, number> = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.15, F: 0.3 };
const CREDIBILITY_WEIGHT: Record<Credibility, number> = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.15, 6: 0.3 };
const KIND_WEIGHT: Record<AttributionKind, number> = {
  correspondent: 1,
  monitor_report: 1,
  official_statement: 0.9,
  think_tank_report: 0.9,
  media_report: 0.8,
  social_media_post: 0.6,
  anonymous: 0.5,
  unattributed: 0.4,
};
/** Share of the remaining gap to 100 that is kept open per extra independent origin. */
const CORROBORATION_DECAY = 0.6;

export type GradedAttribution = { kind: AttributionKind; reliability: Reliability; credibility: Credibility };

/**
 * Sourcing strength, 0–100 (higher = better sourced). One pure formula:
 *
 *   s_i  = R(reliability_i) × C(credibility_i) × K(kind_i)
 *          R: A 1, B .8, C .6, D .4, E .15, F .3
 *          C: 1 1, 2 .8, 3 .6, 4 .4, 5 .15, 6 .3
 *          K: correspondent 1, monitor_report 1, official_statement .9, think_tank_report .9,
 *             media_report .8, social_media_post .6, anonymous .5, unattributed .4
 *   best = max_i s_i            (0 when the claim has no attribution)
 *   n    = max(1, independentOrigins)
 *   strength = round(100 × (1 − (1 − best) × 0.6^(n − 1)))
 *
 * The best attribution sets the base; each further independent origin closes
 * 40 % of the remaining gap to 100, so corroboration always helps but with
 * diminishing returns, and copies of one origin never count twice (see
 * countIndependentOrigins).
 */
export function sourcingStrength(input: { attributions: GradedAttribution[]; independentOrigins: number }): number {
  let best = 0;
  for (const a of input.attributions) {
    best = Math.max(best, RELIABILITY_WEIGHT[a.reliability] * CREDIBILITY_WEIGHT[a.credibility] * KIND_WEIGHT[a.kind]);
  }
  const n = Math.max(1, Math.floor(input.independentOrigins || 0));
  return Math.round(100 * (1 - (1 - best) * CORROBORATION_DECAY ** (n - 1)));
}

export function isReliability(v: unknown): v is Reliability {
  return typeof v === "string" && (RELIABILITY_GRADES as readonly string[]).includes(v);
}
export function isCredibility(v: unknown): v is Credibility {
  return typeof v === "number" && (CREDIBILITY_GRADES as readonly number[]).includes(v);
}

export { countIndependentOrigins } from "./origins";
export type { OriginClaim } from "./origins";
