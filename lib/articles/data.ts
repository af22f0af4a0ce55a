import "server-only";
import type { Db } from "@/lib/db/client";
import { listEvents } from "@/lib/history/data";
import { claimSourcing } from "@/lib/sources/data";
import { NO_SOURCING, type AttributionDto } from "@/lib/sources/dto";
import { searchTerms } from "@/lib/search/terms";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: { id: string; name: string } | null;
  publishedAt: string | null;
  datePrecision: string;
  file: string | null;
  language: string;
  claimCount: number;
  pendingSuggestions: number;
  republishedFrom: { id: string; title: string } | null;
};

/** A page of articles; with a search, those whose normalized title holds every term. */
export async function listArticles(db: Db, page: number, pageSize: number, search?: string) {
  const terms = search ? searchTerms(search) : [];
  const where = { archivedAt: null, AND: terms.map((term) => ({ searchTitle: { contains: term.text } })) };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: {
        outlet: { select: { id: true, name: true } },
        republishedFrom: { select: { id: true, title: true } },
        _count: { select: { claims: { where: { archivedAt: null } }, suggestions: { where: { state: "pending" } } } },
      },
    }),
    db.article.count({ where }),
  ]);
  const items: ArticleListItem[] = rows.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    datePrecision: a.datePrecision,
    file: a.fileName,
    language: a.language,
    claimCount: a._count.claims,
    pendingSuggestions: a._count.suggestions,
    republishedFrom: a.republishedFrom,
  }));
  return { items, total, page, pageSize };
}

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;

export async function getArticle(db: Db, id: string) {
  const a = await db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, name: true } },
      republishedFrom: { select: { id: true, title: true } },
      republications: { select: { id: true, title: true } },
    },
  });
  if (!a || !a.currentRevisionId) return null;
  const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: a.currentRevisionId } });
  const [claims, suggestions, revisionCount] = await Promise.all([
    db.claim.findMany({ where: { articleId: id, archivedAt: null }, orderBy: [{ start: "asc" }, { end: "desc" }] }),
    db.suggestion.findMany({ where: { revisionId: revision.id }, orderBy: { start: "asc" } }),
    db.articleRevision.count({ where: { articleId: id } }),
  ]);
  const sourcing = await claimSourcing(
    db,
    claims.map((c) => c.id),
  );
  return {
    id: a.id,
    title: a.title,
    titleDerived: a.titleDerived,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    datePrecision: a.datePrecision,
    language: a.language,
    url: a.url,
    file: a.fileName,
    contentHash: revision.contentHash,
    revision: revision.number,
    revisionCount,
    version: a.version,
    text: revision.text,
    furniture: revision.furniture as Array<{ start: number; end: number; kind: string }>,
    headings: revision.headings as Array<{ start: number; end: number }>,
    republishedFrom: a.republishedFrom,
    republications: a.republications,
    claims: claims.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      statement: c.statement,
      verdict: c.verdict,
      status: c.status,
      anchorState: c.anchorState,
      version: c.version,
      ...(sourcing.get(c.id) ?? NO_SOURCING),
      sourcingStrength: c.sourcingStrength,
    })),
    suggestions: suggestions.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      quote: s.quote,
      reasons: s.reasons as string[],
      state: s.state as "pending" | "accepted" | "rejected",
      attributions: (s.attribution ?? []) as AttributionDto[],
    })),
  };
}

export async function countArticles(db: Db): Promise<number> {
  return db.article.count();
}
/** Events of the article, of its claims and of its suggestions, newest first. */
export async function getArticleHistory(db: Db, articleId: string) {
  const [claims, suggestions] = await Promise.all([
    db.claim.findMany({ where: { articleId }, select: { id: true } }),
    db.suggestion.findMany({ where: { articleId, state: { not: "pending" } }, select: { id: true } }),
  ]);
  const ids = [articleId, ...claims.map((c) => c.id), ...suggestions.map((s) => s.id)];
  return (await listEvents(db, { entityIds: ids }, 1, 1000)).items;
}
