import { z } from "zod";

// Event types are strings checked here, so adding one needs no migration.
export const entityTypes = [
  "user",
  "api_token",
  "source",
  "article",
  "claim",
  "suggestion",
  "attribution",
  "link",
  "evidence",
  "session",
  "import",
  "place",
  "bare_term",
  "knowledge_pack",
] as const;
export const entityTypeSchema = z.enum(entityTypes);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const actions = [
  "create",
  "update",
  "archive",
  "restore",
  "revise",
  "orphan",
  "reanchor",
  "accept",
  "reject",
  "merge",
  "decide",
  "sign_off",
  "reopen",
  "revoke",
  "sign_in",
  "attribute",
  "suggest",
  "import",
  "split",
] as const;
export const actionSchema = z.enum(actions);
export type HistoryAction = z.infer<typeof actionSchema>;

/** `{ field: [old, new] }` — values are JSON. */
export type Changes = Record<string, [unknown, unknown]>;

export type Actor = { id: string | null; label: string };
export const SYSTEM_ACTOR: Actor = { id: null, label: "system" };

export type NewEvent = {
  actor: Actor;
  sessionId?: string | null;
  entityType: EntityType;
  entityId: string;
  action: HistoryAction;
  changes: Changes;
};

export type EventDto = {
  seq: number;
  at: string;
  actor: string;
  actorId: string | null;
  session: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Changes;
};
