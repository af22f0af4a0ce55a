// Reads the evaluation set from e2e/eval, checks it against its schema and its own references
// (every quote in its article, every pair naming claims of two different articles).
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { fileURLToPath } from "node:url";
import { answerKeySchema, catalogSchema, type AnswerKey, type Catalog } from "./schema";
import { locate } from "./locate";
import type { EvalArticle, EvalStory } from "./types";

export const EVAL_DIR = fileURLToPath(new URL("../../e2e/eval/", import.meta.url));

function parse<T>(file: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(JSON.parse(readFileSync(EVAL_DIR + file, "utf8")));
  if (r.success) return r.data;
  const lines = r.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${file} does not match its schema:\n${lines.join("\n")}`);
}

export function readEvalSet(): { catalog: Catalog; key: AnswerKey } {
  return { catalog: parse("catalog.json", catalogSchema), key: parse("answer-key.json", answerKeySchema) };
}

/** The stories of the set with every span located; throws listing what does not hold together. */
export function loadEvalStories(): EvalStory[] {
  const { catalog, key } = readEvalSet();
  const problems: string[] = [];
  const keyOf = new Map(key.articles.map((a) => [a.article, a]));
  const articles: EvalArticle[] = catalog.articles.map((meta) => {
    const text = readFileSync(EVAL_DIR + meta.file, "utf8");
    const gold = keyOf.get(meta.id);
    if (!gold) problems.push(`${meta.id}: no answer-key entry`);
    const where = (quote: string) => {
      const span = locate(text, quote);
      if (!span) problems.push(`${meta.id}: quote not in the article: ${quote}`);
      return span ?? { start: 0, end: 0 };
    };
    return {
      id: meta.id,
      story: meta.story,
      title: meta.title,
      text,
      language: meta.language,
      articleDate: meta.publishedAt,
      precision: "day",
      claims: (gold?.claims ?? []).map((c) => {
        if (!c.id.startsWith(meta.id + "#")) problems.push(`${c.id}: listed under ${meta.id}`);
        return { ...c, ...where(c.quote), articleId: meta.id };
      }),
      notCheckWorthy: (gold?.notCheckWorthy ?? []).map((n) => where(n.quote)),
    };
  });
  const claimIds = new Set(articles.flatMap((a) => a.claims.map((c) => c.id)));
  if (claimIds.size !== articles.reduce((n, a) => n + a.claims.length, 0)) problems.push("claim ids are not unique");
  for (const p of [...key.links, ...key.traps, ...key.matches]) {
    for (const id of [p.a, p.b]) if (!claimIds.has(id)) problems.push(`pair ${p.a} ~ ${p.b}: no claim ${id}`);
    if (p.a.split("#")[0] === p.b.split("#")[0]) problems.push(`pair ${p.a} ~ ${p.b}: same article`);
  }
  for (const a of key.articles) if (!articles.some((x) => x.id === a.article)) problems.push(`${a.article}: not in the catalog`);
  if (problems.length > 0) throw new Error(`the evaluation set does not hold together:\n  ${problems.join("\n  ")}`);
  const storyOf = (id: string) => id.split("/")[0];
  return key.stories.map((s) => ({
    id: s.id,
    split: s.split,
    articles: articles.filter((a) => a.story === s.id),
    links: key.links.filter((l) => storyOf(l.a) === s.id),
    traps: key.traps.filter((t) => storyOf(t.a) === s.id),
    matches: key.matches.filter((m) => storyOf(m.a) === s.id),
  }));
}
