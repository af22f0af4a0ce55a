// GET /api/openapi.json: the JSON API described from the same zod schemas the routes validate with,
// so the document cannot drift from what the server accepts.
import { z } from "zod";
import type { ApiOperation } from "./operation";
import { apiOperations } from "./operations";

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function queryParameters(schema: z.ZodType) {
  const json = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

function operation(op: ApiOperation) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return {
    summary: op.summary,
    description: `Requires the "${op.permission}" permission (session cookie or Authorization: Bearer <token>).`,
    parameters: [...pathParams, ...(op.query ? queryParameters(op.query) : [])],
    ...(op.body
      ? { requestBody: { required: true, content: { [op.bodyType ?? "application/json"]: { schema: jsonSchema(op.body) } } } }
      : {}),
    responses: {
      [op.success ?? "200"]: { description: "Success" },
      "400": { $ref: "#/components/responses/Error" },
      "401": { $ref: "#/components/responses/Error" },
      "403": { $ref: "#/components/responses/Error" },
      ...(op.conflicts ? { "409": { $ref: "#/components/responses/Error" } } : {}),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: { title: "Claimdesk JSON API", version: "1" },
    paths,
    components: {
      responses: {
        Error: {
          description: "An error: { error: { code, message, fields? } }",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    properties: {
                      code: { type: "string" },
                      message: { type: "string" },
                      fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
                    },
                    required: ["code", "message"],
                  },
                },
              },
            },
          },
        },
      },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
