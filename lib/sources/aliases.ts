// Alias keys and source-name spotting in normalized sentences.
import { normalizeArabic } from "@/lib/text/normalize";
import { readings, tokenize, type Token } from "./tokens";

export type AliasEntry = {
  id: string;
  aliases: string[];
  /** Aliases that are also common words (المدن "the cities"): matched only inside quotes or brackets. */
  quotedAliases?: string[];
};

export type SourceMention = { id: string; start: number; end: number; alias: string; prefix: string };

/**
 * Key for alias comparison: Arabic-normalized, lower-case, quotes/brackets and
 * punctuation dropped, and a one-letter clitic written before a quote removed
 * (لـ"المدن" → المدن). The article "ال" is kept: المرصد and مرصد differ.
 */
export function aliasKey(s: string): string {
  return normalizeArabic(s)
    .replace(/^\s*(?:[وف]?[بلك]|[وف])(?=\s*["'(\[{])/u, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();
}

type Pattern = { id: string; words: string[]; quoted: boolean; alias: string };
const cache = new WeakMap<readonly AliasEntry[], Map<string, Pattern[]>>();

function index(registry: readonly AliasEntry[]): Map<string, Pattern[]> {
  let byFirst = cache.get(registry);
  if (byFirst) return byFirst;
  byFirst = new Map();
  const add = (id: string, alias: string, quoted: boolean) => {
    const words = aliasKey(alias).split(" ").filter(Boolean);
    if (words.length === 0) return;
    const list = byFirst!.get(words[0]) ?? [];
    list.push({ id, words, quoted, alias });
    byFirst!.set(words[0], list);
  };
  for (const e of registry) {
    for (const a of e.aliases) add(e.id, a, false);
    for (const a of e.quotedAliases ?? []) add(e.id, a, true);
  }
  cache.set(registry, byFirst);
  return byFirst;
}

const QUOTE_OR_BRACKET = /["'()\[\]{}]/u;

function isQuoted(tokens: Token[], i: number, j: number): boolean {
  return QUOTE_OR_BRACKET.test(tokens[i].gap.slice(-1)) || QUOTE_OR_BRACKET.test(tokens[j + 1]?.gap[0] ?? "");
}

/** A mention with the indices of its first and last token. */
export type TokenMention = SourceMention & { from: number; to: number };

/** Mentions in a token list; longest match wins, then earliest. */
export function findMentionsInTokens(tokens: Token[], registry: readonly AliasEntry[]): TokenMention[] {
  const byFirst = index(registry);
  const found: TokenMention[] = [];
  tokens.forEach((tok, i) => {
    for (const r of readings(tok.text)) {
      for (const p of byFirst.get(r.form) ?? []) {
        const j = i + p.words.length - 1;
        if (j >= tokens.length) continue;
        if (!p.words.every((w, k) => k === 0 || tokens[i + k].text === w)) continue;
        if (p.quoted && !isQuoted(tokens, i, j)) continue;
        const prefix = tok.clitic + r.prefix;
        found.push({
          id: p.id,
          start: tok.start + [...r.prefix].length,
          end: tokens[j].end,
          alias: p.alias,
          prefix,
          from: i,
          to: j,
        });
      }
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const out: TokenMention[] = [];
  for (const m of found) {
    if (taken.subarray(m.from, m.to + 1).some(Boolean)) continue;
    taken.fill(1, m.from, m.to + 1);
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Registry sources named in a normalized sentence, with code-point offsets of the
 * name (a leading clitic such as و/ب/ل is outside the range and reported as `prefix`).
 */
export function findSourceMentions(normalizedSentence: string, registry: readonly AliasEntry[]): SourceMention[] {
  return findMentionsInTokens(tokenize(normalizedSentence), registry).map(({ id, start, end, alias, prefix }) => ({
    id,
    start,
    end,
    alias,
    prefix,
  }));
}
