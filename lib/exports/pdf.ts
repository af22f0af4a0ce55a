import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

// The system Chromium (Debian's package), never a downloaded browser; the same flags as the e2e suite.
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return existsSync(candidate) ? candidate : null;
}

export const NO_CHROMIUM_MESSAGE =
  "PDF needs Chromium on the server (install Debian's chromium package or set CHROMIUM_PATH); the HTML report is available";

/** Prints the standalone report to an A4 PDF, offline: every network request of the page is refused. */
export async function htmlToPdf(html: string, deskName: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    await context.route(/^(?!data:)/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html.replace("</head>", `<style>${pageFooterCss(deskName)}</style></head>`), { waitUntil: "load" });
    // The footer comes from CSS page margin boxes; page size and margins from the report's @page rule.
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** A CSS string literal that cannot end its string or its style element. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The desk's name and "page N of M" at the foot of every printed page. */
export function pageFooterCss(deskName: string): string {
  const box = `font: 8px 'DejaVu Sans', sans-serif; color: #555;`;
  return `@page {
  @bottom-left { content: ${cssString(deskName)}; ${box} }
  @bottom-right { content: "page " counter(page) " of " counter(pages); ${box} } }`;
}
