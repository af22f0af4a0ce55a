// The history event of an imported article, as the importer and the synthetic benchmark corpus
// both record it (one layout, so the generated chain cannot drift from the real one).
import type { Actor, NewEvent } from "@/lib/history/schema";
import type { PreparedArticle } from "./prepare";

export function articleCreatedEvent(actor: Actor, articleId: string, p: PreparedArticle): NewEvent {
  return {
    actor,
    entityType: "article",
    entityId: articleId,
    action: "create",
    changes: {
      title: [null, p.title],
      outlet: [null, p.outlet],
      url: [null, p.url],
      file: [null, p.fileName],
      publishedAt: [null, p.published.date],
      contentHash: [null, p.contentHash],
      suggestions: [null, p.suggestions.length],
    },
  };
}
