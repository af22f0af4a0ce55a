// What a search asks for: quoted phrases ("…", «…», “…”) match the normalized text exactly; every
// other word matches by its light stem, so "القاعدة", "للقاعدة" and "بالقاعدة" find one another.
import { normalizeArabic } from "@/lib/text/normalize";
import { stems } from "@/lib/text/stem";

export type SearchTerm = { text: string; exact: boolean };

const QUOTED = /"([^"]*)"|«([^»]*)»|“([^”]*)”/gu;
const MAX_TERMS = 8;

export function searchTerms(search: string): SearchTerm[] {
  // Control characters (NUL ends an FTS5 query string early) search as spaces.
  const clean = search.replace(/[\u0000-\u001f\u007f]+/g, " ");
  const terms: SearchTerm[] = [];
  const add = (t: SearchTerm) => {
    if (t.text && !terms.some((o) => o.text === t.text && o.exact === t.exact)) terms.push(t);
  };
  for (const m of clean.matchAll(QUOTED)) add({ text: normalizeArabic(m[1] ?? m[2] ?? m[3] ?? "").trim(), exact: true });
  for (const s of stems(normalizeArabic(clean.replace(QUOTED, " ")))) add({ text: s, exact: false });
  return terms.slice(0, MAX_TERMS);
}

/** The stem key of a text as it is indexed: its words' stems, space-separated. */
export function stemKey(normalized: string): string {
  return stems(normalized).join(" ");
}
