import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "./openapi";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** Every route handler file under app/api, as an OpenAPI path. */
function routeFiles(dir: string, prefix = "/api"): Array<{ path: string; methods: string[] }> {
  const out: Array<{ path: string; methods: string[] }> = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === "auth") continue; // the auth library's own endpoints
      const segment = name.replace(/^\[(\w+)\]$/, "{$1}");
      out.push(...routeFiles(full, `${prefix}/${segment}`));
    } else if (name === "route.ts") {
      const source = readFileSync(full, "utf8");
      const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1].toLowerCase());
      out.push({ path: prefix, methods });
    }
  }
  return out;
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument();
  it("documents every route handler and method", () => {
    for (const route of routeFiles(apiDir)) {
      for (const method of route.methods)
        expect(doc.paths[route.path]?.[method], `${method.toUpperCase()} ${route.path}`).toBeTruthy();
    }
  });
  it("describes the claims query parameters from the zod schema", () => {
    const get = doc.paths["/api/claims"].get as { parameters: Array<{ name: string }> };
    expect(get.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["search", "verdict", "sort", "page", "pageSize"]));
  });
  it("describes every success body: JSON through components/schemas, files by media type", () => {
    for (const [route, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods as Record<string, { responses: Record<string, { content?: object }> }>)) {
        const successes = Object.entries(op.responses).filter(([status]) => status.startsWith("2"));
        expect(successes.length, `${method} ${route}`).toBeGreaterThan(0);
        for (const [, response] of successes) {
          const content = Object.entries(response.content ?? {}) as Array<[string, { schema: { $ref?: string } }]>;
          expect(content.length, `${method} ${route}`).toBeGreaterThan(0);
          for (const [type, { schema }] of content) {
            if (schema.$ref) expect(doc.components.schemas[schema.$ref.replace("#/components/schemas/", "")]).toBeTruthy();
            else expect(schema, `${method} ${route} ${type}`).toEqual({ type: "string", format: "binary" });
          }
        }
      }
  });
  it("answers GET and PATCH of a claim with the shapes they really have", () => {
    const ref = (method: "get" | "patch") =>
      (doc.paths["/api/claims/{id}"][method] as { responses: Record<string, { content: Record<string, { schema: object }> }> })
        .responses["200"].content["application/json"].schema;
    expect(ref("get")).toEqual({ $ref: "#/components/schemas/ClaimReview" });
    expect(ref("patch")).toEqual({ $ref: "#/components/schemas/Claim" });
  });
});
