// The JSON API's boundary against cross-site writes. A write carried by the session cookie is refused
// when it comes from another site (a foreign Origin, or a browser saying the request is cross-site)
// or is not JSON: an HTML form on another site can post text/plain, url-encoded or multipart bodies
// with the desk's cookie, never application/json without a preflight. The two upload routes take
// multipart from the desk's own pages. Requests with a bearer token carry no ambient authority and
// pass (their token is checked by the route).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MULTIPART_PATHS = [/^\/api\/import$/, /^\/api\/claims\/[^/]+\/evidence$/];

export type WriteRequest = {
  method: string;
  path: string;
  host: string | null;
  origin: string | null;
  fetchSite: string | null;
  contentType: string | null;
  /** A body is sent (a Content-Length above 0, or a chunked body). */
  hasBody: boolean;
  bearer: boolean;
};

/** Why a cookie-authenticated API write is refused, or null when it may go on. */
export function crossSiteRefusal(r: WriteRequest): string | null {
  if (SAFE_METHODS.has(r.method.toUpperCase()) || r.bearer || !r.path.startsWith("/api/")) return null;
  if (r.origin !== null) {
    let host: string | null = null;
    try {
      host = new URL(r.origin).host;
    } catch {
      host = null;
    }
    if (host === null || host !== r.host)
      return "A write from another site is refused: send it from the desk or with an API token";
  } else if (r.fetchSite && r.fetchSite !== "same-origin" && r.fetchSite !== "none") {
    return "A write from another site is refused: send it from the desk or with an API token";
  }
  const type = (r.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/json" || (!r.hasBody && type === "")) return null;
  if (type === "multipart/form-data" && MULTIPART_PATHS.some((p) => p.test(r.path))) return null;
  return `This endpoint takes application/json${MULTIPART_PATHS.some((p) => p.test(r.path)) ? " or multipart/form-data" : ""}, not ${type || "an unlabelled body"}`;
}
