// Why a sentence was suggested as a claim, as data. Suggestions store their reasons as short English
// labels followed by the words of the article ("number: 161", "attribution cue: وثق"), in the
// database and the API; `suggestionReason` is the only way they are written and
// `parseSuggestionReason` its inverse, which the interface translates.

export const SUGGESTION_REASONS = {
  attributionCue: "attribution cue",
  date: "date",
  number: "number",
  place: "place",
  event: "event",
  actor: "actor",
  comparison: "comparison",
} as const;
export type SuggestionReasonCode = keyof typeof SUGGESTION_REASONS;

export type SuggestionReason = { code: SuggestionReasonCode; words: string } | { code: "text"; text: string };

const CODES = Object.keys(SUGGESTION_REASONS) as SuggestionReasonCode[];

/** The stored sentence: the reason's label and the article's words. */
export function suggestionReason(code: SuggestionReasonCode, words: string): string {
  return `${SUGGESTION_REASONS[code]}: ${words}`;
}

/** A stored sentence back as data; one this version does not know stays as text. */
export function parseSuggestionReason(text: string): SuggestionReason {
  for (const code of CODES) {
    const prefix = `${SUGGESTION_REASONS[code]}: `;
    if (text.startsWith(prefix) && text.length > prefix.length) return { code, words: text.slice(prefix.length) };
  }
  return { code: "text", text };
}
