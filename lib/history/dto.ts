// One history event as the JSON API answers it (a claim's history).
import { z } from "zod";

export const eventItemSchema = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime(),
    actor: z.string(),
    session: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).describe("field → [before, after]"),
  })
  .meta({ id: "HistoryEvent" });
