// Every route of the JSON API with the zod schemas it validates with (the OpenAPI document reads this).
import { z } from "zod";
import { articleInputSchema } from "@/lib/articles/schema";
import { claimsQuerySchema } from "@/lib/claims/query";
import { createClaimSchema } from "@/lib/claims/schema";
import { pagingSchema } from "./paging";
import { reviewOperations } from "./review-operations";
import { sourceOperations } from "./source-operations";
import { exportOperations } from "./export-operations";
import { linkOperations } from "./link-operations";
import type { ApiOperation } from "./operation";

export const apiOperations: ApiOperation[] = [
  { method: "get", path: "/api/articles", summary: "List articles", permission: "read", query: pagingSchema },
  {
    method: "post",
    path: "/api/articles",
    summary: "Import one article (created, duplicate or revision)",
    permission: "write",
    body: articleInputSchema,
    success: "201",
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "An article with its text, furniture, headings, claims and suggestions",
    permission: "read",
  },
  {
    method: "post",
    path: "/api/import",
    summary: "Upload article files (and a catalog.json)",
    permission: "write",
    body: z.object({ files: z.array(z.string()).describe("article files"), catalog: z.string().optional() }),
    bodyType: "multipart/form-data",
  },
  {
    method: "get",
    path: "/api/claims",
    summary: "Search, filter, sort and page claims",
    permission: "read",
    query: claimsQuerySchema,
  },
  {
    method: "post",
    path: "/api/claims",
    summary: "Create a claim from a span or accept a suggestion",
    permission: "write",
    body: createClaimSchema,
    success: "201",
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/suggestions/{id}/reject",
    summary: "Reject a suggested claim",
    permission: "write",
    conflicts: true,
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", permission: "read" },
  { method: "get", path: "/api/me", summary: "The signed-in user (id, email, name, role)", permission: "read" },
  ...reviewOperations,
  ...sourceOperations,
  ...exportOperations,
  ...linkOperations,
];
