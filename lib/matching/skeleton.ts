// A transliteration skeleton: the consonants of a name as both scripts write them, so that "بارا"
// and "Bara", "صرواح" and "Sirwah", "الحوثي" and "Houthi", "نبيل" and "Nabil" meet. Vowels, long
// vowel letters (ا و ي), hamza and ain are dropped, emphatic and plain consonants share one letter,
// and English digraphs (kh, sh, th, dh, gh, ph) fold to the letter their Arabic source has.

const ARABIC_TO_LATIN: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "t",
  ج: "j",
  ح: "h",
  خ: "k",
  د: "d",
  ذ: "d",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "s",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "g",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
};
const ARTICLE = /^(?:وال|بال|كال|فال|ولل|لل|ال)/u;
const DIGRAPHS: [RegExp, string][] = [
  [/kh/g, "k"],
  [/sh/g, "s"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/ch/g, "s"],
  [/q/g, "k"],
  [/c/g, "k"],
  [/x/g, "ks"],
  [/j/g, "j"],
  [/g/g, "j"],
];
const MIN_LENGTH = 2;

const collapse = (s: string) => s.replace(/(.)\1+/g, "$1");

/** Skeleton of one normalized Arabic word, without its article; null when too short to tell names apart. */
export function arabicSkeleton(word: string): string | null {
  const bare = word.replace(ARTICLE, "");
  const out = collapse([...bare].map((ch) => ARABIC_TO_LATIN[ch] ?? "").join(""));
  return out.length >= MIN_LENGTH ? out : null;
}

/** Skeleton of one lower-cased English word. */
export function englishSkeleton(word: string): string | null {
  let w = word.replace(/^al-?/, "");
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  const out = collapse(w.replace(/[aeiouyw'’-]/g, "").replace(/[^a-z]/g, ""));
  return out.length >= MIN_LENGTH ? out : null;
}
