// The claim-link (conflict / corroboration) routes, for the OpenAPI document.
import { createLinkSchema, linksQuerySchema, patchLinkSchema } from "@/lib/links/schema";
import type { getLink, listLinks } from "@/lib/links/data";
import { linkSchema, linkViewSchema, type LinkDto } from "@/lib/links/dto";
import { answers, type ApiOperation } from "./operation";
import { pageOf } from "./paging";

export const linkOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/links",
    summary: "List links between claims (filter by type, status, claim, place, actor)",
    permission: "read",
    query: linksQuerySchema,
    response: answers<Awaited<ReturnType<typeof listLinks>>>()(pageOf(linkViewSchema, "LinkViewPage")),
  },
  {
    method: "post",
    path: "/api/links",
    summary: "Link two claims by hand (confirmed); 409 DUPLICATE or ARCHIVED, 400 SELF_LINK",
    permission: "write",
    body: createLinkSchema,
    success: "201",
    response: answers<LinkDto>()(linkSchema),
    conflicts: true,
  },
  {
    method: "get",
    path: "/api/links/{id}",
    summary: "A link with both claims",
    permission: "read",
    response: answers<NonNullable<Awaited<ReturnType<typeof getLink>>>>()(linkViewSchema),
  },
  {
    method: "patch",
    path: "/api/links/{id}",
    summary: "Confirm, dismiss or resolve a link (a resolution needs resolutionNote); 409 STALE with current and updatedBy",
    permission: "write",
    body: patchLinkSchema,
    response: answers<LinkDto>()(linkSchema),
    conflicts: true,
  },
];
