// Turns uploaded or on-disk files (plus an optional catalog.json) into article inputs.
// Shared by the import page, the API and `npm run import`.
import { z } from "zod";
import { decodeArticleBytes } from "./decode";
import { htmlToText } from "./html";
import { articleInputSchema, type ParsedArticleInput } from "./schema";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

const catalogEntrySchema = z.object({
  file: z.string().min(1),
  outlet: z.string().nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  language: z.enum(["ar", "en"]).nullish(),
  url: z.string().nullish(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export type CatalogParse = { entries: Map<string, CatalogEntry>; problems: string[] };

/** Reads catalog.json; a broken file or entry is reported (with its line) and the rest still used. */
export function parseCatalog(text: string): CatalogParse {
  const problems: string[] = [];
  const entries = new Map<string, CatalogEntry>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const pos = Number(/position (\d+)/.exec(String(error))?.[1] ?? NaN);
    const line = Number.isFinite(pos) ? text.slice(0, pos).split("\n").length : null;
    problems.push(`catalog.json is not valid JSON${line ? ` (line ${line})` : ""}: files are imported without its metadata`);
    return { entries, problems };
  }
  const list = (data as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) {
    problems.push('catalog.json has no "articles" list: files are imported without its metadata');
    return { entries, problems };
  }
  list.forEach((raw, i) => {
    const parsed = catalogEntrySchema.safeParse(raw);
    if (parsed.success) entries.set(parsed.data.file, parsed.data);
    else problems.push(`catalog.json entry ${i + 1}: ${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}`);
  });
  return { entries, problems };
}

export type FileInput =
  | { ok: true; fileName: string; input: ParsedArticleInput; encoding: string; hidden: number }
  | { ok: false; fileName: string; message: string };

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function fileToInput(fileName: string, bytes: Uint8Array, entry?: CatalogEntry): FileInput {
  if (!isArticleFile(fileName)) {
    return { ok: false, fileName, message: `Not an article file (accepted: ${ARTICLE_EXTENSIONS.join(", ")})` };
  }
  const decoded = decodeArticleBytes(bytes, fileName);
  if (!decoded.ok) return { ok: false, fileName, message: decoded.message };
  let text = decoded.text;
  let title = entry?.title ?? undefined;
  let language = entry?.language ?? undefined;
  let hidden = 0;
  if (/\.html?$/i.test(fileName)) {
    const html = htmlToText(text);
    text = html.text;
    hidden = html.hidden;
    title ??= html.title ?? undefined;
    if (!language && (html.lang === "ar" || html.lang === "en")) language = html.lang;
  }
  const parsed = articleInputSchema.safeParse({
    text,
    title,
    outlet: entry?.outlet ?? undefined,
    url: entry?.url ?? undefined,
    publishedAt: entry?.published ?? undefined,
    language,
    fileName,
  });
  if (!parsed.success) return { ok: false, fileName, message: parsed.error.issues[0].message };
  return { ok: true, fileName, input: parsed.data, encoding: decoded.encoding, hidden };
}
