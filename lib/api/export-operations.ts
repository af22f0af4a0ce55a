// The export route of the JSON API, for the OpenAPI document.
import { contentTypes, exportQuerySchema } from "@/lib/exports/schema";
import type { ApiOperation } from "./operation";

export const exportOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/exports",
    summary:
      "Export claims as CSV, JSON, ClaimReview JSON-LD, an HTML or a PDF report (streamed file; at most one scope: session, article or query; none = all claims; 404 for an unknown or empty scope, 503 when PDF is unavailable)",
    permission: "read",
    query: exportQuerySchema,
    response: { file: [...new Set(Object.values(contentTypes).map((type) => type.split(";")[0]))] },
  },
];
