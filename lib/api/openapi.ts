// GET /api/openapi.json: the JSON API described from the same zod schemas the routes validate with
// and answer with, so the document cannot drift from what the server accepts and returns. Response
// schemas (and the named schemas inside them) become components/schemas, referenced with $ref.
import { z } from "zod";
import type { ApiFile, ApiOperation } from "./operation";
import { apiOperations } from "./operations";

type JsonSchema = Record<string, unknown>;

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

const errorSchema = z
  .looseObject({
    error: z.object({
      code: z.string().describe("INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, STALE, DUPLICATE, … or the refusal's reason"),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("what is wrong with each field of the request"),
    }),
  })
  .meta({ id: "Error" });

const componentRef = (id: string) => `#/components/schemas/${id}`;

/**
 * Adds a response schema and the named schemas it contains to `components` (each under its
 * `meta({ id })`) and answers the $ref to it; the same id for two different shapes is an error.
 */
function responseSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("A response schema needs meta({ id }) to be a component of the document");
  // A schema with an id converts to { $ref: "#/$defs/<id>", $defs: { <id>, and every named schema inside } }.
  const json = JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));
  const { $defs } = JSON.parse(json.replaceAll('"#/$defs/', `"${componentRef("")}`)) as { $defs: Record<string, JsonSchema> };
  for (const [name, def] of Object.entries($defs)) {
    if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(def))
      throw new Error(`Two different response schemas are both named ${name}`);
    components[name] = def;
  }
  return { $ref: componentRef(id) };
}

function successContent(response: z.ZodType | ApiFile, components: Record<string, JsonSchema>) {
  if ("file" in response)
    return Object.fromEntries(response.file.map((type) => [type, { schema: { type: "string", format: "binary" } }]));
  return { "application/json": { schema: responseSchema(response, components) } };
}

function operation(op: ApiOperation, components: Record<string, JsonSchema>) {
  const content = successContent(op.response, components);
  const successes = [op.success ?? "200"].flat();
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
      ...Object.fromEntries(successes.map((status) => [status, { description: "Success", content }])),
      "400": { $ref: "#/components/responses/Error" },
      "401": { $ref: "#/components/responses/Error" },
      "403": { $ref: "#/components/responses/Error" },
      ...(pathParams.length > 0 ? { "404": { $ref: "#/components/responses/Error" } } : {}),
      ...(op.conflicts ? { "409": { $ref: "#/components/responses/Error" } } : {}),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const op of apiOperations) (paths[op.path] ??= {})[op.method] = operation(op, schemas);
  return {
    openapi: "3.1.0",
    info: { title: "Claimdesk JSON API", version: "1" },
    paths,
    components: {
      schemas,
      responses: {
        Error: {
          description: "An error: { error: { code, message, fields? } } (a STALE refusal also carries the current record)",
          content: { "application/json": { schema: responseSchema(errorSchema, schemas) } },
        },
      },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
