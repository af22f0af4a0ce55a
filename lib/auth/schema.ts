import { z } from "zod";
import { roleSchema } from "./roles";

export const createUserSchema = z.object({
  email: z.email({ error: "Enter a valid e-mail address" }).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, { error: "Enter a name" }).max(120).optional(),
  role: roleSchema,
  password: z.string().min(8, { error: "The password needs at least 8 characters" }).max(256),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });

export const createTokenSchema = z.object({
  email: z.email({ error: "Enter a valid e-mail address" }).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, { error: "Give the token a name" }).max(80),
});

export const localeSchema = z.enum(["en", "ar"]);
