import { z } from "zod";

export const roles = ["admin", "editor", "viewer"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export type Permission = "read" | "write" | "manage_users" | "reopen_session" | "split_source";

const grants: Record<Role, Permission[]> = {
  viewer: ["read"],
  editor: ["read", "write"],
  admin: ["read", "write", "manage_users", "reopen_session", "split_source"],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
