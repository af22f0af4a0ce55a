// The JSON API's route handlers served in-process: a fetch function that matches a request's path
// against the OpenAPI paths and calls the route module's handler, so tests can send real requests
// (through any HTTP client) to real handlers on a test database.
import * as articles from "@/app/api/articles/route";
import * as article from "@/app/api/articles/[id]/route";
import * as importFiles from "@/app/api/import/route";
import * as claims from "@/app/api/claims/route";
import * as claim from "@/app/api/claims/[id]/route";
import * as attributions from "@/app/api/claims/[id]/attributions/route";
import * as evidence from "@/app/api/claims/[id]/evidence/route";
import * as claimHistory from "@/app/api/claims/[id]/history/route";
import * as evidenceFile from "@/app/api/evidence/[id]/file/route";
import * as exportsRoute from "@/app/api/exports/route";
import * as links from "@/app/api/links/route";
import * as link from "@/app/api/links/[id]/route";
import * as me from "@/app/api/me/route";
import * as openapi from "@/app/api/openapi.json/route";
import * as sessions from "@/app/api/sessions/route";
import * as session from "@/app/api/sessions/[id]/route";
import * as decisions from "@/app/api/sessions/[id]/decisions/route";
import * as items from "@/app/api/sessions/[id]/items/route";
import * as reopen from "@/app/api/sessions/[id]/reopen/route";
import * as signOff from "@/app/api/sessions/[id]/sign-off/route";
import * as sources from "@/app/api/sources/route";
import * as source from "@/app/api/sources/[id]/route";
import * as aliases from "@/app/api/sources/[id]/aliases/route";
import * as merge from "@/app/api/sources/[id]/merge/route";
import * as reject from "@/app/api/suggestions/[id]/reject/route";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

export const apiRoutes: Record<string, RouteModule> = {
  "/api/articles": articles,
  "/api/articles/{id}": article,
  "/api/import": importFiles,
  "/api/claims": claims,
  "/api/claims/{id}": claim,
  "/api/claims/{id}/attributions": attributions,
  "/api/claims/{id}/evidence": evidence,
  "/api/claims/{id}/history": claimHistory,
  "/api/evidence/{id}/file": evidenceFile,
  "/api/exports": exportsRoute,
  "/api/links": links,
  "/api/links/{id}": link,
  "/api/me": me,
  "/api/openapi.json": openapi,
  "/api/sessions": sessions,
  "/api/sessions/{id}": session,
  "/api/sessions/{id}/decisions": decisions,
  "/api/sessions/{id}/items": items,
  "/api/sessions/{id}/reopen": reopen,
  "/api/sessions/{id}/sign-off": signOff,
  "/api/sources": sources,
  "/api/sources/{id}": source,
  "/api/sources/{id}/aliases": aliases,
  "/api/sources/{id}/merge": merge,
  "/api/suggestions/{id}/reject": reject,
};

/** The OpenAPI path a request's pathname matches, with its parameters. */
export function matchRoute(pathname: string): { path: string; params: Record<string, string> } | null {
  for (const template of Object.keys(apiRoutes)) {
    const names: string[] = [];
    const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"));
    const match = new RegExp(`^${pattern}$`).exec(pathname);
    if (match) return { path: template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])])) };
  }
  return null;
}

/** A fetch that answers from the route handlers (404 for a path or method the API does not have). */
export async function routeFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && !init ? input : new Request(input, init);
  const route = matchRoute(new URL(request.url).pathname);
  const handler = route && apiRoutes[route.path][request.method as keyof RouteModule];
  if (!route || !handler) return new Response(null, { status: 404 });
  return handler(request, { params: Promise.resolve(route.params as { id: string }) });
}
