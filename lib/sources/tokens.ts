// Word tokens over normalized text (see lib/text/normalize). Punctuation,
// quotes and brackets separate words but are kept in `gap` so callers can tell
// «قسد» from قسد, or a clause break (، :) from a plain space.

export type Token = {
  /** The word as written (normalized), without a detached clitic. */
  text: string;
  /** Code-point offsets of the word in the normalized text. */
  start: number;
  end: number;
  /** A one-letter clitic written apart from its word: لـ"المدن" → "ل". */
  clitic: string;
  /** Characters between the previous word (or its clitic) and this one. */
  gap: string;
};

const WORD = /[\p{L}\p{N}\p{M}]/u;
const CLITICS = new Set(["و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب"]);
const OPENERS = /^ ?["'(\[{]+$/u;

export function tokenize(normalized: string): Token[] {
  const cps = [...normalized];
  const raw: { text: string; start: number; end: number; gap: string }[] = [];
  let gapStart = 0;
  for (let i = 0; i < cps.length;) {
    if (!WORD.test(cps[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && WORD.test(cps[j])) j++;
    raw.push({ text: cps.slice(i, j).join(""), start: i, end: j, gap: cps.slice(gapStart, i).join("") });
    gapStart = j;
    i = j;
  }
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k];
    const next = raw[k + 1];
    // A lone clitic glued to a quoted/bracketed word belongs to that word.
    if (next && CLITICS.has(t.text) && OPENERS.test(next.gap)) {
      out.push({ text: next.text, start: next.start, end: next.end, clitic: t.text, gap: t.gap + next.gap });
      k++;
      continue;
    }
    out.push({ ...t, clitic: "" });
  }
  return out;
}

/**
 * Readings of a word with attached clitics stripped: "ووفقا" → وفقا, "لمصدر" →
 * مصدر, "للمصادر" → المصادر. The unstripped word comes first. A reading must
 * keep at least two letters.
 */
export function readings(word: string): { form: string; prefix: string }[] {
  const out: { form: string; prefix: string }[] = [{ form: word, prefix: "" }];
  const add = (form: string, prefix: string) => {
    if ([...form].length >= 2 && !out.some((r) => r.form === form)) out.push({ form, prefix });
  };
  const firsts = [{ form: word, prefix: "" }];
  for (const c of ["و", "ف"]) if (word.startsWith(c)) firsts.push({ form: word.slice(1), prefix: c });
  for (const f of firsts) {
    add(f.form, f.prefix);
    if (f.form.startsWith("لل")) add("ال" + f.form.slice(2), f.prefix + "ل");
    for (const c of ["ب", "ل", "ك"]) if (f.form.startsWith(c)) add(f.form.slice(1), f.prefix + c);
  }
  return out;
}

export function hasReading(word: string, forms: ReadonlySet<string>): boolean {
  return readings(word).some((r) => forms.has(r.form));
}
