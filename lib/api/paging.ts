import { z } from "zod";

export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1, { error: "page starts at 1" }).default(1),
  pageSize: z.coerce.number().int().min(1).max(500, { error: "pageSize is at most 500" }).default(50),
});

/** The list envelope every paged route answers: `{ items, total, page, pageSize }`. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
    .meta({ id });
}
