// Known-bad inputs and the generators of random ones.
import fc from "fast-check";
import { parseDocument } from "htmlparser2";

/** Bidi embeddings, overrides, isolates and marks, zero-width characters, BOM and NUL. */
export const CONTROL_CHARS = [
  "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u0000", "\r\n", "\r", "\t",
]; // prettier-ignore

/** Script and markup in every shape a text field could carry, mixed with Arabic and bidi overrides. */
export const HOSTILE_STRINGS = [
  `<script>alert("x")</script> قال المتحدث`,
  `"><img src=x onerror=alert(1)> وزارة الدفاع`,
  `\u202Eأكدت المصادر\u202C javascript:alert(1) <a href="javascript:alert(1)">x</a>`,
  `{{constructor.constructor('alert(1)')()}} \u2067مصدر\u2069 <svg onload=alert(1)>`,
  `</textarea><script>alert(document.cookie)</script>\u200B\u200D`,
  `=HYPERLINK("http://x","y") '; DROP TABLE "Claim"; -- \u202Dالرقة`,
];

export const SQL_LOOKING = [
  `' OR 1=1 --`,
  `"; DROP TABLE "Claim"; --`,
  `%' UNION SELECT email FROM "User" --`,
  `\\'; SELECT pg_sleep(5); --`,
  `NEAR(داعش الرقة) OR * AND "`,
  `" OR "" = "`,
  `%_%_%`,
  `داعش' --`,
  `)))((("`,
  `x\u0000y`,
  `*`,
  `^`,
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(..."قالتالمصادرإنّالقصفاستمرَّ ٣٤٥ 12 a<>&\"'") },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL_CHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, ...SQL_LOOKING, "🇸🇾", "👩‍👩‍👧", "𝔘") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);

/** Text made of Arabic, controls, markup, SQL, emoji, any code point and lone surrogates. */
export function hostileText() {
  return fc.string({ unit, minLength: 0, maxLength: 80 });
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u061C\u200E\u200F]/;
const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "dd",
  "dt",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "section",
  "article",
  "body",
  "blockquote",
  "tr",
]);

type Node = {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  parent: Node | null;
  children?: Node[];
};

/** Text holding bidi controls that is not inside a <bdi> or an element with dir, before its block ends. */
export function bidiIsolationProblems(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.type === "tag" && (node.name === "head" || node.name === "style" || node.name === "script")) return;
    if (node.type === "text" && BIDI_CONTROL.test(node.data ?? "")) {
      let at = node.parent;
      while (at && at.name !== "bdi" && at.attribs?.dir === undefined && !BLOCKS.has(at.name ?? "")) at = at.parent;
      if (!at || (at.name !== "bdi" && at.attribs?.dir === undefined))
        problems.push(`<${at?.name}> ${JSON.stringify(node.data)}`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(html) as unknown as Node);
  return problems;
}

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as its (invalid) UTF-8 bytes. */
export function percentEncode(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(ch);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    })
    .join("");
}
