// Every route of the JSON API with the zod schemas it validates with (the OpenAPI document reads this).
import { z } from "zod";
import { articleInputSchema, articleSearchSchema } from "@/lib/articles/schema";
import { claimsQuerySchema } from "@/lib/claims/query";
import { createClaimSchema } from "@/lib/claims/schema";
import { articleDetailSchema, articleListItemSchema, importBatchSchema, importedArticleSchema } from "@/lib/articles/dto";
import type { getArticle, listArticles } from "@/lib/articles/data";
import type { importBatch } from "@/lib/articles/import-batch";
import type { ImportResult } from "@/lib/articles/mutations";
import type { UserDto } from "@/lib/auth/data";
import { meSchema } from "@/lib/auth/dto";
import { rejectedSuggestionSchema, type ClaimDto } from "@/lib/claims/dto";
import type { searchClaims } from "@/lib/search/data";
import { claimRowSchema } from "@/lib/search/dto";
import { sourcedClaimSchema, type ClaimSourcing } from "@/lib/sources/dto";
import { pageOf, pagingSchema } from "./paging";
import { reviewOperations } from "./review-operations";
import { sourceOperations } from "./source-operations";
import { exportOperations } from "./export-operations";
import { linkOperations } from "./link-operations";
import { answers, type ApiOperation } from "./operation";

const openApiDocumentSchema = z
  .looseObject({
    openapi: z.literal("3.1.0"),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  })
  .meta({ id: "OpenApiDocument" });

export const apiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/articles",
    summary: "List articles, optionally those whose title matches a search",
    permission: "read",
    query: pagingSchema.extend(articleSearchSchema.shape),
    response: answers<Awaited<ReturnType<typeof listArticles>>>()(pageOf(articleListItemSchema, "ArticlePage")),
  },
  {
    method: "post",
    path: "/api/articles",
    summary: "Import one article (created, duplicate or revision)",
    permission: "write",
    body: articleInputSchema,
    success: ["201", "200"],
    response: answers<{ id: string; status: ImportResult["status"] }>()(importedArticleSchema),
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "An article with its text, furniture, headings, claims and suggestions",
    permission: "read",
    response: answers<NonNullable<Awaited<ReturnType<typeof getArticle>>>>()(articleDetailSchema),
  },
  {
    method: "post",
    path: "/api/import",
    summary: "Upload article files (and a catalog.json)",
    permission: "write",
    body: z.object({ files: z.array(z.string()).describe("article files"), catalog: z.string().optional() }),
    bodyType: "multipart/form-data",
    response: answers<Awaited<ReturnType<typeof importBatch>>>()(importBatchSchema),
  },
  {
    method: "get",
    path: "/api/claims",
    summary: "Search, filter, sort and page claims",
    permission: "read",
    query: claimsQuerySchema,
    response: answers<Awaited<ReturnType<typeof searchClaims>>>()(pageOf(claimRowSchema, "ClaimRowPage")),
  },
  {
    method: "post",
    path: "/api/claims",
    summary: "Create a claim from a span or accept a suggestion",
    permission: "write",
    body: createClaimSchema,
    success: "201",
    response: answers<ClaimDto & ClaimSourcing>()(sourcedClaimSchema),
    conflicts: true,
  },
  {
    method: "post",
    path: "/api/suggestions/{id}/reject",
    summary: "Reject a suggested claim",
    permission: "write",
    response: rejectedSuggestionSchema,
    conflicts: true,
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", permission: "read", response: openApiDocumentSchema },
  {
    method: "get",
    path: "/api/me",
    summary: "The signed-in user (id, email, name, role)",
    permission: "read",
    response: answers<Pick<UserDto, "id" | "email" | "name" | "role">>()(meSchema),
  },
  ...reviewOperations,
  ...sourceOperations,
  ...exportOperations,
  ...linkOperations,
];
