import { z } from "zod";

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, { error: "Name the view" }).max(80, { error: "At most 80 characters" }),
  query: z.string().max(4000),
});
export const deleteViewSchema = z.object({ id: z.string().min(1) });
