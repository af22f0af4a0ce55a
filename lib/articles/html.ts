import { Parser } from "htmlparser2";

// Saved news pages → the article text an editor reads and quotes. Only what a reader would see as
// body text gets through; the text itself is kept exactly (no Arabic normalization), because claim
// offsets and quotes point into it.

export type HtmlText = {
  text: string;
  title: string | null;
  lang: string | null;
  /** Passages the page hides from its readers (hidden, aria-hidden, display:none, visibility:hidden), left out. */
  hidden: number;
};

/** An element a reader never sees: its text is not the article's. */
function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs["aria-hidden"]?.trim().toLowerCase() === "true") return true;
  const style = (attribs.style ?? "").toLowerCase().replace(/\s+/g, "");
  return /(^|;)display:none/.test(style) || /(^|;)visibility:hidden/.test(style);
}

/** Never rendered as body text (scripts, styling, embedded documents, form widgets). */
const SKIP = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
  "select",
  "textarea",
  "button",
]);
/** Separated from what follows by a blank line. */
const PARAGRAPH = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "dl",
  "table",
  "figure",
  "figcaption",
  "pre",
  "address",
  "hr",
  "form",
  "fieldset",
  "details",
  "summary",
]);
/** Start on a new line. */
const LINE = new Set(["li", "tr", "dt", "dd", "caption"]);
const CELL = new Set(["td", "th"]);

// HTML whitespace plus the no-break space: pages use &nbsp; for layout, never for meaning.
const foldSpace = (s: string) => s.replace(/[ \t\n\r\f\u00a0]+/g, " ");

export function htmlToText(html: string): HtmlText {
  let out = "";
  let line = "";
  let pending = 0; // 0 nothing, 1 line break, 2 blank line — before the next text
  let bullet = "";
  let skipDepth = 0;
  let hidden = 0;
  const open: { name: string; skip: boolean }[] = [];
  let lang: string | null = null;
  let title: string | null = null;
  let inTitle = false;
  let titleText = "";
  let h1: string | null = null;
  let inH1 = false;
  let h1Text = "";

  const flush = () => {
    const t = foldSpace(line).trim();
    line = "";
    if (!t) return;
    if (out) out += pending >= 2 ? "\n\n" : "\n";
    out += bullet + t;
    bullet = "";
    pending = 0;
  };
  const lineBreak = (level: number) => {
    flush();
    pending = Math.max(pending, level);
  };
  // Inside a list item, blocks (nested lists, paragraphs) stay on consecutive lines.
  const blockLevel = () => (open.some((e) => e.name === "li") ? 1 : 2);

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "html" && attribs.lang?.trim()) lang = attribs.lang.trim();
        const concealed = skipDepth === 0 && !SKIP.has(name) && isHidden(attribs);
        if (concealed) hidden++;
        const skip = skipDepth > 0 || SKIP.has(name) || concealed;
        // <title> sits inside the skipped <head>; an <svg><title> is a tooltip, not the page title.
        if (name === "title" && title === null && !open.some((e) => e.name === "svg")) inTitle = true;
        open.push({ name, skip });
        if (skip) {
          skipDepth++;
          return;
        }
        if (name === "h1" && h1 === null) inH1 = true;
        if (name === "br") {
          // Consecutive <br>s deepen the break: <br><br> is how many CMSs mark paragraphs.
          if (foldSpace(line).trim()) lineBreak(1);
          else pending = Math.min(2, pending + 1);
        } else if (name === "li") {
          lineBreak(1);
          bullet = "• ";
        } else if (PARAGRAPH.has(name)) lineBreak(blockLevel());
        else if (LINE.has(name)) lineBreak(1);
        else if (CELL.has(name)) line += " ";
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (skipDepth > 0) return;
        if (inH1) h1Text += data;
        line += data;
      },
      onclosetag(name) {
        const el = open.pop();
        if (name === "title" && inTitle) {
          inTitle = false;
          title = foldSpace(titleText).trim() || null;
        }
        if (el?.skip) {
          skipDepth--;
          return;
        }
        if (name === "h1" && inH1) {
          inH1 = false;
          h1 = foldSpace(h1Text).trim();
        }
        if (name === "li") {
          lineBreak(1);
          bullet = ""; // an empty item must not lend its bullet to the next line
        } else if (PARAGRAPH.has(name)) lineBreak(blockLevel());
        else if (LINE.has(name)) lineBreak(1);
        else if (CELL.has(name)) line += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: out, title: title ?? (h1 || null), lang, hidden };
}
