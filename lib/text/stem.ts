// Light stemming for search and matching, applied to text that normalizeArabic has already folded
// (ة→ه, ى→ي, أ/إ/آ→ا, digits to ASCII, Latin lower-cased). Arabic follows Larkey's light10 with one
// change: it strips one proclitic group with the article (ال لل وال ولل بال كال فال) but never a lone
// و ب ك ل ف, which begin too many news nouns (وزارة، ولاية، فرنسا، كتائب، بريطانيا); then common
// suffixes, never leaving fewer than three letters. English strips plural and verb endings.
// A stem is a search key, not a word: "القاعدة", "للقاعدة" and "بالقاعدة" all become "قاعد".

const PREFIXES = ["وال", "بال", "كال", "فال", "ولل", "لل", "ال"] as const;
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"] as const;
const ARABIC_WORD = /^[\u0621-\u064A]+$/u;
const LATIN_WORD = /^[a-z]+$/;

function stripArabic(word: string): string {
  let w = word;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      if (w.length <= 3) break;
    }
  }
  return w;
}

function stripEnglish(word: string): string {
  if (word.length <= 3) return word;
  for (const [end, keep] of [
    ["ies", "y"],
    ["sses", "ss"],
    ["ing", ""],
    ["ed", ""],
    ["es", ""],
    ["s", ""],
  ] as const) {
    if (word.endsWith(end) && word.length - end.length >= 3 && !(end === "s" && word.endsWith("ss")))
      return word.slice(0, -end.length) + keep;
  }
  return word;
}

/** The search key of one normalized word. Words in neither script come back unchanged. */
export function lightStem(word: string): string {
  if (ARABIC_WORD.test(word)) return stripArabic(word);
  if (LATIN_WORD.test(word)) return stripEnglish(word);
  return word;
}

/** The stems of a normalized text's words, in order (numbers kept as they are). */
export function stems(normalized: string): string[] {
  return normalized
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(lightStem);
}
