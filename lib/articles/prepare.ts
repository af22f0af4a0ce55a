// Everything the importer computes from an article before touching the database (pure).
import { createHash } from "node:crypto";
import { canonicalizeText } from "./decode";
import { guessLanguage } from "./language";
import { minhashSignature, shingleSet } from "./shingles";
import { normalizeArabic } from "@/lib/text/normalize";
import { detectLayout, type Layout } from "@/lib/text/furniture";
import { parseDateString, type PartialDate } from "@/lib/text/dates";
import { suggestClaims } from "@/lib/claims/suggest";
import type { ParsedArticleInput } from "./schema";

export type PreparedArticle = {
  text: string;
  contentHash: string;
  searchText: string;
  signature: number[];
  layout: Layout;
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  url: string | null;
  fileName: string | null;
  published: PartialDate;
  language: "ar" | "en";
  suggestions: Array<{ start: number; end: number; quote: string; reasons: string[] }>;
};

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Search text leaves furniture out, so page chrome never matches a search. */
export function searchableText(text: string, layout: Pick<Layout, "furniture">): string {
  const cps = [...text];
  for (const f of layout.furniture) for (let i = f.start; i < f.end; i++) cps[i] = " ";
  return normalizeArabic(cps.join(""));
}

function datelineDate(text: string, layout: Layout): PartialDate {
  const cps = [...text];
  for (const f of layout.furniture) {
    if (f.kind !== "dateline") continue;
    const parsed = parseDateString(cps.slice(f.start, f.end).join(""));
    if (parsed.precision !== "unknown") return parsed;
  }
  return { date: null, precision: "unknown" };
}

/** A title derived from the text may be a whole lead paragraph: keep its first sentence, cut at a word. */
export function shortTitle(text: string, max = 120): string {
  const sentence = text.split(/(?<=[.!؟?])\s/u)[0];
  const cps = [...sentence];
  if (cps.length <= max) return sentence;
  const cut = cps.slice(0, max).join("");
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

export function prepareArticle(input: ParsedArticleInput): PreparedArticle {
  const text = canonicalizeText(input.text);
  const layout = detectLayout(text, { title: input.title ?? null });
  const given = input.publishedAt ? parseDateString(input.publishedAt) : null;
  const published = given && given.precision !== "unknown" ? given : datelineDate(text, layout);
  const searchText = searchableText(text, layout);
  const title = input.title ?? (layout.title ? shortTitle(layout.title.text) : null) ?? input.fileName ?? "Untitled article";
  return {
    text,
    contentHash: sha256(text),
    searchText,
    signature: minhashSignature(shingleSet(searchText)),
    layout,
    title,
    titleDerived: !input.title && Boolean(layout.title),
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    fileName: input.fileName ?? null,
    published,
    language: input.language ?? guessLanguage(text),
    suggestions: suggestClaims(text, layout),
  };
}
