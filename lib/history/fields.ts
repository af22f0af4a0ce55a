// How the history pages name a change: the field as a catalog key (history.field.*) and which
// vocabulary its values come from, so both are shown in the interface language. Events keep their
// stored English field names and values (they are hashed into the chain).

/** The field's catalog key; "position of <claim id>" (a queue move) carries the claim. */
export function fieldName(field: string): { key: string; claim?: string } {
  const move = /^position of (\S+)$/.exec(field);
  return move ? { key: "positionOf", claim: move[1] } : { key: field };
}

export type ValueKind =
  /** a catalog namespace whose keys are the stored values */
  | {
      kind: "words";
      namespace: "verdict" | "status" | "links.status" | "links.type" | "role" | "evidence.kind" | "history.value";
    }
  | { kind: "sourceKind" }
  | { kind: "linkReasons" }
  /** an instant (ISO 8601) */
  | { kind: "instant" }
  /** a calendar date, a month or a year ("2025-05-03", "2025-05", "2025") */
  | { kind: "date" }
  | { kind: "plain" };

const WORDS: Record<string, ValueKind> = {
  verdict: { kind: "words", namespace: "verdict" },
  role: { kind: "words", namespace: "role" },
  proposedBy: { kind: "words", namespace: "history.value" },
  state: { kind: "words", namespace: "history.value" },
  anchorState: { kind: "words", namespace: "history.value" },
  archivedAt: { kind: "instant" },
  revokedAt: { kind: "instant" },
  exportedAt: { kind: "instant" },
  publishedAt: { kind: "date" },
  date: { kind: "date" },
};

/** Where a value of `field` on an `entityType` event is translated from. */
export function valueKind(entityType: string, field: string): ValueKind {
  if (field === "status") {
    if (entityType === "claim") return { kind: "words", namespace: "status" };
    if (entityType === "link") return { kind: "words", namespace: "links.status" };
    return { kind: "words", namespace: "history.value" };
  }
  if (field === "type" && entityType === "link") return { kind: "words", namespace: "links.type" };
  if (field === "reasons" && entityType === "link") return { kind: "linkReasons" };
  if (field === "kind") {
    if (entityType === "evidence") return { kind: "words", namespace: "evidence.kind" };
    if (entityType === "source") return { kind: "sourceKind" };
    return { kind: "plain" };
  }
  return WORDS[field] ?? { kind: "plain" };
}
