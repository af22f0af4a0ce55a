// The source registry and attribution routes, for the OpenAPI document.
import { z } from "zod";
import { addAliasSchema, attributionsBodySchema, createSourceSchema, sourceSearchSchema } from "@/lib/sources/schema";
import type { getSource, searchSources } from "@/lib/sources/data";
import {
  sourceDetailSchema,
  sourceListItemSchema,
  sourceRefSchema,
  sourcedClaimSchema,
  type ClaimSourcing,
  type SourceRef,
} from "@/lib/sources/dto";
import type { ClaimDto } from "@/lib/claims/dto";
import { pageOf, pagingSchema } from "./paging";
import { answers, type ApiOperation } from "./operation";

export const sourceOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/sources",
    summary: "Search sources by any alias (Arabic-normalized; quotes and brackets ignored)",
    permission: "read",
    query: pagingSchema.extend(sourceSearchSchema.shape),
    response: answers<Awaited<ReturnType<typeof searchSources>>>()(pageOf(sourceListItemSchema, "SourceListItemPage")),
  },
  {
    method: "post",
    path: "/api/sources",
    summary: "Create a source (its name is its first alias); 409 DUPLICATE when the name already names one",
    permission: "write",
    body: createSourceSchema,
    success: "201",
    response: answers<SourceRef>()(sourceRefSchema),
    conflicts: true,
  },
  {
    method: "get",
    path: "/api/sources/{id}",
    summary: "A source with its aliases, members, merges and every claim it stands behind",
    permission: "read",
    response: answers<NonNullable<Awaited<ReturnType<typeof getSource>>>>()(sourceDetailSchema),
  },
  {
    method: "post",
    path: "/api/sources/{id}/aliases",
    summary: "Add an alias to a source",
    permission: "write",
    body: addAliasSchema.omit({ sourceId: true }),
    success: "201",
    response: answers<SourceRef>()(sourceRefSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/sources/{id}/merge",
    summary:
      "Merge this source into another one (both ids keep their history; every moved claim and article gets an event and a new version); 400 SELF_MERGE, 409 STALE",
    permission: "write",
    body: z.object({
      into: z.string().min(1),
      version: z.number().int().min(1),
      intoVersion: z.number().int().min(1).optional(),
    }),
    response: answers<SourceRef>()(sourceRefSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/sources/{id}/split",
    summary:
      "Undo the merge of this source (admins): what the merge moved and still points at the target goes back; 409 NOT_MERGED, 409 STALE",
    permission: "split_source",
    body: z.object({ version: z.number().int().min(1) }),
    response: answers<SourceRef>()(sourceRefSchema),
    conflicts: true,
  },
  {
    method: "put",
    path: "/api/claims/{id}/attributions",
    summary: "Replace a claim's attributions with its version; stores the new sourcing strength (409 STALE with current)",
    permission: "write",
    body: attributionsBodySchema,
    response: answers<ClaimDto & ClaimSourcing>()(sourcedClaimSchema),
    conflicts: true,
  },
];
