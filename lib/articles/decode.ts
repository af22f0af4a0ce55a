// Uploaded article bytes → stored text. Arabic news files still arrive in Windows-1256 from older
// desks and CMS exports, so that is the one legacy encoding we try; anything else is refused with a
// message the editor can act on rather than stored as mojibake.

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1256";
export type DecodeProblem = "EMPTY" | "TOO_LARGE" | "BINARY" | "UNDECODABLE";
export type DecodeResult =
  { ok: true; text: string; encoding: ArticleEncoding } | { ok: false; code: DecodeProblem; message: string };

/** The stored form: NFC, no leading BOM, LF line ends — nothing else, so offsets stay meaningful. */
export function canonicalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

export function decodeArticleBytes(bytes: Uint8Array, fileName?: string): DecodeResult {
  const name = fileName ? `“${fileName}”` : "The file";
  const fail = (code: DecodeProblem, message: string): DecodeResult => ({
    ok: false,
    code,
    message,
  });

  if (bytes.length === 0) return fail("EMPTY", `${name} is empty.`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail("TOO_LARGE", `${name} is larger than 2 MB. Split it or paste the article text.`);
  }
  const kind = documentKind(bytes);
  if (kind) return fail("BINARY", `${name} looks like a ${kind}. Save the article as plain text (.txt) or HTML and upload that.`);

  const decoded = decodeText(bytes);
  if (!decoded) {
    return fail(
      "UNDECODABLE",
      `${name} is not in a text encoding we can read (UTF-8, UTF-16 or Windows-1256). Save it as UTF-8 and try again.`,
    );
  }
  if (decoded === "BINARY" || looksBinary(decoded.text)) {
    return fail("BINARY", `${name} is not a text file. Save the article as plain text (.txt) or HTML and upload that.`);
  }
  const text = canonicalizeText(decoded.text);
  if (text.trim() === "") return fail("EMPTY", `${name} contains no text.`);
  return { ok: true, text, encoding: decoded.encoding };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: ArticleEncoding } | "BINARY" | null {
  const strict = (label: string, from: number) => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
    } catch {
      return null;
    }
  };
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = strict("utf-8", 3);
    return text === null ? null : { text, encoding: "utf-8-bom" };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    const text = strict("utf-16le", 2);
    return text === null ? null : { text, encoding: "utf-16le" };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = strict("utf-16be", 2);
    return text === null ? null : { text, encoding: "utf-16be" };
  }
  // Without a BOM, NUL bytes mean a binary file (or BOM-less UTF-16, which editors do not produce).
  if (bytes.includes(0)) return "BINARY";
  const utf8 = strict("utf-8", 0);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  // Every byte has a Windows-1256 meaning, so decoding always "works"; accept it only when the
  // result reads as Arabic, not as a Latin-1 or random-byte file rendered in Arabic letters.
  const cp1256 = new TextDecoder("windows-1256").decode(bytes);
  return looksArabic(cp1256) ? { text: cp1256, encoding: "windows-1256" } : null;
}

function looksArabic(text: string): boolean {
  let letters = 0;
  let arabic = 0;
  let plain = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
    if (/[\p{L}\p{M}\p{N}\p{P}\s]/u.test(ch)) plain++;
  }
  const total = [...text].length;
  return letters > 0 && arabic / letters >= 0.6 && plain / total >= 0.95;
}

/** Control characters other than tab/line breaks/form feed are rare in text, common in binaries. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}

/** Well-known document containers, named so the editor knows what to re-save. */
function documentKind(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "PDF document";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "Word or other zipped document";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "legacy Word document";
  return null;
}
