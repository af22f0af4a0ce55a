import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { escapeHtml } from "./html";

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
    await page.setContent(html, { waitUntil: "load" });
    const footer = `<div style="font: 8px 'DejaVu Sans', sans-serif; color: #555; inline-size: 100%; padding-inline: 14mm; display: flex; justify-content: space-between;"><span>${escapeHtml(
      deskName,
    )}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer,
      margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
