import "server-only";
import type { Db } from "@/lib/db/client";
import { createUser } from "@/lib/auth/mutations";
import { findOrCreateOutlet } from "@/lib/articles/mutations";
import { getHead } from "@/lib/history/data";
import { SYSTEM_ACTOR, type Actor } from "@/lib/history/schema";
import { SyntheticChain } from "./chain";
import { addArticle, addSession, emptyBlock, type ClaimRecordLite, type CorpusContext } from "./corpus-rows";
import { linkRows } from "./corpus-links";
import { OUTLETS } from "./corpus-text";
import { sourceIdsByName, writeBlock, writeLinks } from "./mutations";
import { seededRandom } from "./random";

// The synthetic corpus: `articles` articles in blocks of 100, each block written in one
// transaction with its review session; link detection over all claims at the end. Article 0 is a
// long live blog with 500 claims (the article-page benchmark opens it).

export const BENCH_EDITORS = ["bench-editor-1", "bench-editor-2", "bench-editor-3", "bench-editor-4"].map((name) => ({
  email: `${name}@claimdesk.local`,
  password: `${name}-pass`,
}));
export const LIVE_BLOG_CLAIMS = 500;
const BLOCK = 100;
const CLAIMS_PER_ARTICLE = 10;

export type CorpusReport = { articles: number; claims: number; links: number; events: number; ms: number };

export async function generateCorpus(
  db: Db,
  opts: { articles: number; seed: number; liveBlogClaims?: number; log?: (line: string) => void },
): Promise<CorpusReport> {
  const t0 = performance.now();
  const rng = seededRandom(opts.seed);
  const editors: Actor[] = [];
  for (const e of BENCH_EDITORS) {
    const created = await createUser(db, { email: e.email, password: e.password, role: "editor" }, SYSTEM_ACTOR);
    if (!created.ok) throw new Error(created.message);
    editors.push({ id: created.id, label: e.email });
  }
  await db.$transaction(async (tx) => {
    for (const name of OUTLETS) await findOrCreateOutlet(tx, name, editors[0]);
  });
  const head = await getHead(db);
  const liveBlogClaims = opts.liveBlogClaims ?? LIVE_BLOG_CLAIMS;
  const estimatedEvents = opts.articles * 30 + liveBlogClaims * 3;
  const chain = new SyntheticChain(head.seq, head.hash, Date.now() - estimatedEvents * 1000);
  let counter = 0;
  const next = () => (++counter).toString(36).padStart(8, "0");
  const ctx: CorpusContext = { rng, seed: opts.seed, chain, editors, sourceIds: await sourceIdsByName(db), next };
  const records: ClaimRecordLite[] = [];
  let claims = 0;
  let events = 0;
  for (let start = 0, session = 0; start < opts.articles; start += BLOCK, session++) {
    const block = emptyBlock();
    const review: string[] = [];
    for (let i = start; i < Math.min(start + BLOCK, opts.articles); i++) {
      const liveBlog = i === 0;
      const picked = liveBlog
        ? addArticle(ctx, block, i, liveBlogClaims, liveBlogClaims + 20)
        : addArticle(ctx, block, i, CLAIMS_PER_ARTICLE);
      review.push(...picked);
    }
    addSession(ctx, block, session, review, start + BLOCK < opts.articles);
    const blockEvents = chain.drain();
    await writeBlock(db, block, blockEvents);
    records.push(...block.records);
    claims += block.claims.length;
    events += blockEvents.length;
    opts.log?.(`articles ${Math.min(start + BLOCK, opts.articles)} of ${opts.articles}, claims ${claims}, events ${events}`);
  }
  const links = linkRows(records, chain, rng, editors, next);
  const linkEvents = chain.drain();
  await writeLinks(db, links, linkEvents);
  events += linkEvents.length;
  opts.log?.(`links ${links.length}`);
  return { articles: opts.articles, claims, links: links.length, events, ms: Math.round(performance.now() - t0) };
}
