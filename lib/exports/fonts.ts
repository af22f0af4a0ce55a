// The report's fonts, embedded as data: URLs so the HTML report and the PDF render the same
// offline (shipped Noto Naskh Arabic for article text, Noto Sans Arabic for the rest).
import { readFileSync } from "node:fs";
import path from "node:path";

const families = [
  { pkg: "noto-naskh-arabic", weights: [400, 700] },
  { pkg: "noto-sans-arabic", weights: [400, 700] },
];
const subsets = new Set(["arabic", "latin", "latin-ext"]);

let cached: string | undefined;

/** @font-face rules of the Arabic, Latin and Latin Extended subsets, woff2 only, inlined. */
export function reportFontCss(root = process.cwd()): string {
  if (cached !== undefined) return cached;
  const rules: string[] = [];
  for (const family of families) {
    const dir = path.join(root, "node_modules", "@fontsource", family.pkg);
    for (const weight of family.weights) {
      const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
      for (const block of css.split(/(?=\/\* )/)) {
        const subset = block.startsWith(`/* ${family.pkg}-`)
          ? block.slice(family.pkg.length + 4).split(`-${weight}-normal`)[0]
          : null;
        if (!subset || !subsets.has(subset)) continue;
        const rule = block
          .replace(/^\/\*.*?\*\/\s*/, "")
          .replace(/src:[^;]*url\(\.\/files\/([^)]+\.woff2)\)[^;]*;/, (_m, file: string) => {
            const data = readFileSync(path.join(dir, "files", file)).toString("base64");
            return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
          })
          .replace("font-display: swap;", "font-display: block;");
        rules.push(rule.trim());
      }
    }
  }
  cached = rules.join("\n");
  return cached;
}
