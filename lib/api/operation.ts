// The description of one JSON API operation; its own module so that operations.ts can gather the
// areas' lists without the lists importing it back.
import type { z } from "zod";
import type { Permission } from "@/lib/auth/roles";

export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  permission: Permission;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyType?: string;
  success?: string;
  conflicts?: boolean;
};
