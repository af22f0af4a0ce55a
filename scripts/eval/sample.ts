// The sample corpus (seeds/) as the sixth story, from the keys its own tests use: the claim key of
// lib/claims/testdata/suggest-answer-key.ts (a claim is the sentence holding its key phrase), the article
// dates of lib/links/testdata/seed-lexicon-matches.ts, and the links and look-alikes asserted in
// lib/links/detect.test.ts, named here by their key phrases. It has no attribution or matching key.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ANSWER_KEY } from "@/lib/claims/testdata/suggest-answer-key";
import { SEED_CONTEXT } from "@/lib/links/testdata/seed-lexicon-matches";
import { segmentSentences } from "@/lib/text/segment";
import { locate } from "./locate";
import type { EvalArticle, EvalClaim, EvalStory, Span } from "./types";

const SEED_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

// [seed, key phrase] of each side.
type Side = [string, string];
const HANDOVER: Side = ["002", "سلّم خلال شهر أيار الفائت"];
const WITHDRAWAL: Side = ["002", "انسحبت من ثلاث قواعد"];
const STILL_ACTIVE: Side = ["002", "قاعدتا الوزير وخراب الجير"];
const REINFORCEMENTS: Side = ["004", "خصوصاً ريف دير الزور والحسكة"];
const KHARAB: Side = ["004", "قاعدة خراب الجير بريف رميلان"];
const QASRAK: Side = ["004", "ووصلت إلى قاعدة قسرك"];
const SDF_DEPLOYMENT: Side = ["004", "نحو 3 آلاف عنصر"];

const LINKS = [
  { a: HANDOVER, b: REINFORCEMENTS, type: "contradicts", why: "handover in Deir ez-Zor vs reinforcements there" },
  { a: WITHDRAWAL, b: REINFORCEMENTS, type: "contradicts", why: "withdrawal from Deir ez-Zor bases vs reinforcements" },
  { a: STILL_ACTIVE, b: KHARAB, type: "corroborates", why: "Kharab al-Jir still active vs a cargo plane landing there" },
] as const;
const TRAPS: [Side, Side][] = [
  [WITHDRAWAL, QASRAK],
  [HANDOVER, QASRAK],
  [HANDOVER, SDF_DEPLOYMENT],
];

function sentenceOf(text: string, span: Span): Span {
  const s = segmentSentences(text).find((x) => x.start <= span.start && span.start < x.end);
  return s ? { start: s.start, end: s.end } : span;
}

function article(file: string, title: string | null): EvalArticle {
  const seed = file.slice(0, 3);
  const text = readFileSync(SEED_DIR + file, "utf8");
  const key = ANSWER_KEY[seed];
  const at = (quote: string): Span => {
    const span = locate(text, quote);
    if (!span) throw new Error(`seed ${seed}: key phrase not in the article: ${quote}`);
    return span;
  };
  const claims: EvalClaim[] = key.claims.map((phrase, i) => {
    const s = sentenceOf(text, at(phrase));
    const quote = [...text].slice(s.start, s.end).join("");
    return { id: `sample/${seed}#${i + 1}`, articleId: `sample/${seed}`, quote, kind: null, ...s };
  });
  const ctx = SEED_CONTEXT[seed];
  return {
    id: `sample/${seed}`,
    story: "sample",
    title,
    text,
    language: "ar",
    articleDate: ctx.articleDate,
    precision: ctx.articlePrecision,
    claims,
    notCheckWorthy: key.notClaims.map((n) => at(n.quote)),
  };
}

function claimId([seed, phrase]: Side): string {
  const k = ANSWER_KEY[seed].claims.indexOf(phrase);
  if (k < 0) throw new Error(`seed ${seed}: no key claim ${phrase}`);
  return `sample/${seed}#${k + 1}`;
}

export function sampleStory(): EvalStory {
  const catalog = JSON.parse(readFileSync(SEED_DIR + "catalog.json", "utf8")) as {
    articles: { file: string; title: string | null }[];
  };
  return {
    id: "sample",
    split: "sample",
    articles: catalog.articles.map((a) => article(a.file, a.title)),
    links: LINKS.map((l) => ({ a: claimId(l.a), b: claimId(l.b), type: l.type, why: l.why })),
    traps: TRAPS.map(([a, b]) => ({ a: claimId(a), b: claimId(b) })),
    matches: [],
  };
}
