import "server-only";
import type { Tx } from "@/lib/db/client";
import { ID_CHUNK, readInChunks } from "@/lib/db/chunks";
import type { ClaimFeatures } from "@/lib/links/types";
import { rankMatches, type MatchCandidate, type SharedTerm } from "./similarity";
import { claimMatchTerms, type Term } from "./terms";

// "Matched claims" for one claim: the claims of other articles that may assert the same thing, best
// first, each with the terms they share and, when it was decided, what was decided where and when
// ("checked before"). Candidates are read from the ClaimTerm index through the claim's rarest terms.

const RARE_TERMS = 12;
const MAX_CANDIDATES = 400;
/** Below this a match is noise: two claims about the same war, not the same claim. */
export const MIN_MATCH_SCORE = 0.25;

export type ClaimMatch = {
  claimId: string;
  score: number;
  shared: SharedTerm[];
  quote: string;
  articleId: string;
  articleTitle: string;
  verdict: string;
  status: string;
  decided: { verdict: string; at: string; sessionId: string | null; sessionTitle: string | null } | null;
};

const ARABIC = /[\u0600-\u06FF]/;

/** Rows for a long list of values, read within SQLite's bound-parameter limit. */
async function concatChunks<T>(values: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += ID_CHUNK) out.push(...(await read(values.slice(i, i + ID_CHUNK))));
  return out;
}

async function documentFrequency(db: Tx, terms: readonly Term[]): Promise<Map<Term, number>> {
  const rows = await concatChunks([...terms], (chunk) =>
    db.claimTerm.groupBy({ by: ["term"], where: { term: { in: chunk } }, _count: { _all: true } }),
  );
  return new Map(rows.map((r) => [r.term, r._count._all]));
}

export async function matchesFor(db: Tx, claimId: string, limit = 5): Promise<ClaimMatch[]> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, articleId: true, quote: true, statement: true, features: true, terms: { select: { term: true } } },
  });
  if (!claim) return [];
  const own = claim.terms.length
    ? new Set(claim.terms.map((t) => t.term))
    : claimMatchTerms({ ...claim, features: (claim.features ?? null) as ClaimFeatures | null });
  const ownDf = await documentFrequency(db, [...own]);
  const rare = [...own]
    .filter((t) => (ownDf.get(t) ?? 0) > (claim.terms.length ? 1 : 0))
    .sort((a, b) => (ownDf.get(a) ?? 0) - (ownDf.get(b) ?? 0))
    .slice(0, RARE_TERMS);
  if (rare.length === 0) return [];
  const hits = await db.claimTerm.findMany({
    where: { term: { in: rare }, claimId: { not: claim.id }, claim: { articleId: { not: claim.articleId }, archivedAt: null } },
    select: { claimId: true },
    distinct: ["claimId"],
    take: MAX_CANDIDATES,
  });
  const ids = hits.map((h) => h.claimId);
  if (ids.length === 0) return [];
  const rows = await concatChunks(ids, (chunk) =>
    db.claimTerm.findMany({ where: { claimId: { in: chunk } }, select: { claimId: true, term: true } }),
  );
  const termsOf = new Map<string, Set<Term>>();
  for (const r of rows) (termsOf.get(r.claimId) ?? termsOf.set(r.claimId, new Set()).get(r.claimId)!).add(r.term);
  const all = new Set<Term>([...own, ...rows.map((r) => r.term)]);
  const df = await documentFrequency(
    db,
    [...all].filter((t) => !ownDf.has(t)),
  );
  for (const [t, n] of ownDf) df.set(t, n);
  const total = await db.claim.count();
  const rarity = (t: Term) => Math.log(1 + total / Math.max(1, df.get(t) ?? 1));

  const quotes = await readInChunks(ids, (chunk) =>
    db.claim.findMany({
      where: { id: { in: chunk } },
      select: {
        id: true,
        quote: true,
        verdict: true,
        status: true,
        articleId: true,
        article: { select: { title: true } },
        decisions: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { verdict: true, createdAt: true, sessionId: true, session: { select: { title: true } } },
        },
      },
    }),
  );
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const target: MatchCandidate = { id: claim.id, arabic: ARABIC.test(claim.quote), terms: own };
  const candidates = ids.map((id) => ({
    id,
    arabic: ARABIC.test(byId.get(id)?.quote ?? ""),
    terms: termsOf.get(id) ?? new Set(),
  }));
  return rankMatches(target, candidates, rarity)
    .filter((m) => m.score >= MIN_MATCH_SCORE)
    .slice(0, limit)
    .map((m) => {
      const c = byId.get(m.id)!;
      const d = c.decisions[0];
      return {
        claimId: c.id,
        score: Math.round(m.score * 100) / 100,
        shared: m.shared.slice(0, 8),
        quote: c.quote,
        articleId: c.articleId,
        articleTitle: c.article.title,
        verdict: c.verdict,
        status: c.status,
        decided: d
          ? { verdict: d.verdict, at: d.createdAt.toISOString(), sessionId: d.sessionId, sessionTitle: d.session?.title ?? null }
          : null,
      };
    });
}
