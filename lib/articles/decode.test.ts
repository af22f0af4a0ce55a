import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalizeText, decodeArticleBytes, MAX_ARTICLE_BYTES } from "@/lib/articles/decode";

const seedDir = path.resolve(__dirname, "../../seeds");
const seed = (prefix: string) =>
  readFileSync(
    path.join(
      seedDir,
      readdirSync(seedDir).find((f) => f.startsWith(`${prefix}_`))!,
    ),
    "utf8",
  );

// Reverse table built from the platform decoder, so the test needs no encoding library.
const cp1256 = new Map<string, number>();
const all = new TextDecoder("windows-1256").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
[...all].forEach((ch, i) => cp1256.set(ch, i));
const encode1256 = (text: string) =>
  Uint8Array.from([...text], (ch) => {
    const b = cp1256.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1256: ${ch}`);
    return b;
  });

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return out;
};

const sample =
  "قال مصدر مسؤول في قوات سوريا الديمقراطية (قسد) إن التحالف الدولي سلّم نقاطاً في دير الزور.\r\nوأضاف: «لم يبق إلا حقل العمر».";
const stored = sample.replace(/\r\n/g, "\n").normalize("NFC");

describe("decodeArticleBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeArticleBytes(utf8(sample))).toEqual({
      ok: true,
      text: stored,
      encoding: "utf-8",
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    expect(decodeArticleBytes(withBom)).toEqual({
      ok: true,
      text: stored,
      encoding: "utf-8-bom",
    });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeArticleBytes(utf16(sample, false))).toEqual({
      ok: true,
      text: stored,
      encoding: "utf-16le",
    });
    expect(decodeArticleBytes(utf16(sample, true))).toEqual({
      ok: true,
      text: stored,
      encoding: "utf-16be",
    });
  });

  it("converts a Windows-1256 seed article", () => {
    const text = seed("004").normalize("NFC");
    const r = decodeArticleBytes(encode1256(text), "004.txt");
    expect(r).toEqual({
      ok: true,
      text: canonicalizeText(text),
      encoding: "windows-1256",
    });
  });

  it("reads a seed article byte for byte", () => {
    const text = seed("002");
    expect(decodeArticleBytes(utf8(text))).toMatchObject({
      ok: true,
      text: canonicalizeText(text),
    });
  });

  it("refuses Latin-1 text that only decodes as Windows-1256 by accident", () => {
    const french = Uint8Array.from([..."Le délégué a été reçu à Genève, où il a évoqué la trêve."], (c) => c.charCodeAt(0));
    expect(decodeArticleBytes(french)).toMatchObject({
      ok: false,
      code: "UNDECODABLE",
    });
  });

  it("refuses malformed UTF-16 and BOM-marked UTF-8 that is invalid", () => {
    expect(decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x27]))).toMatchObject({ ok: false, code: "UNDECODABLE" });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toMatchObject({ ok: false, code: "UNDECODABLE" });
  });

  it("detects binary files", () => {
    expect(decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatchObject({
      ok: false,
      code: "BINARY",
    });
    const pdf = decodeArticleBytes(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "report.pdf");
    expect(pdf).toMatchObject({ ok: false, code: "BINARY" });
    if (!pdf.ok) expect(pdf.message).toContain("“report.pdf” looks like a PDF document");
    const controls = utf8("قال\u0001\u0002\u0003\u0004 مصدر\u0005\u0006\u0007\u0008");
    expect(decodeArticleBytes(controls)).toMatchObject({
      ok: false,
      code: "BINARY",
    });
  });

  it("refuses empty, whitespace-only and oversized files", () => {
    expect(decodeArticleBytes(new Uint8Array())).toMatchObject({
      ok: false,
      code: "EMPTY",
    });
    expect(decodeArticleBytes(utf8(" \r\n\t\u00a0\n"))).toMatchObject({
      ok: false,
      code: "EMPTY",
    });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, code: "EMPTY" });
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x20);
    const r = decodeArticleBytes(big, "archive.txt");
    expect(r).toMatchObject({ ok: false, code: "TOO_LARGE" });
    if (!r.ok) expect(r.message).toMatch(/2 MB/);
    expect(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61))).toMatchObject({ ok: true });
  });
});

describe("canonicalizeText", () => {
  it("applies NFC, drops the BOM and unifies line ends, nothing else", () => {
    // Fatha (U+064E) before shadda (U+0651) is the canonical order; NFC reorders the pair.
    expect(canonicalizeText("\uFEFFسل\u0651\u064Eم\r\nقسد\rالعسـ ـكري  \u00a0")).toBe("سل\u064E\u0651م\nقسد\nالعسـ ـكري  \u00a0");
    expect(canonicalizeText("e\u0301")).toBe("é");
  });
});
