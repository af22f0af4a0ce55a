// The JSON API's route handlers served in-process: a fetch function that matches a request's path
// against the OpenAPI paths and calls the route module's handler, so tests can send real requests
// (through any HTTP client) to real handlers on a test database.
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

// Every route module under app/api (the auth library's own endpoints aside), keyed by its OpenAPI
// path: app/api/claims/[id]/route.ts serves /api/claims/{id}.
// import.meta.glob is vite's (vitest runs on it): it bundles in the modules its patterns find.
declare global {
  interface ImportMeta {
    glob<T>(patterns: string[], options: { eager: true }): Record<string, T>;
  }
}
const modules = import.meta.glob<RouteModule>(["../../app/api/**/route.ts", "!../../app/api/auth/**"], { eager: true });
export const apiRoutes: Record<string, RouteModule> = Object.fromEntries(
  Object.entries(modules).map(([file, module]) => [
    file
      .replace(/^.*\/app\/api/, "/api")
      .replace(/\/route\.ts$/, "")
      .replace(/\[(\w+)\]/g, "{$1}"),
    module,
  ]),
);

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
