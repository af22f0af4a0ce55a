// The signed-in user as GET /api/me answers it.
import { z } from "zod";
import { roleSchema } from "./roles";

export const meSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema }).meta({ id: "Me" });
