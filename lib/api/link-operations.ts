// The claim-link (conflict / corroboration) routes, for the OpenAPI document.
import { createLinkSchema, linksQuerySchema, patchLinkSchema } from "@/lib/links/schema";
import type { ApiOperation } from "./operation";

export const linkOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/links",
    summary: "List links between claims (filter by type, status, claim, place, actor)",
    permission: "read",
    query: linksQuerySchema,
  },
  {
    method: "post",
    path: "/api/links",
    summary: "Link two claims by hand (confirmed); 409 DUPLICATE or ARCHIVED, 400 SELF_LINK",
    permission: "write",
    body: createLinkSchema,
    success: "201",
    conflicts: true,
  },
  { method: "get", path: "/api/links/{id}", summary: "A link with both claims", permission: "read" },
  {
    method: "patch",
    path: "/api/links/{id}",
    summary: "Confirm, dismiss or resolve a link (a resolution needs resolutionNote); 409 STALE with current and updatedBy",
    permission: "write",
    body: patchLinkSchema,
    conflicts: true,
  },
];
