import { describe, expect, it } from "vitest";
import { crossSiteRefusal, type WriteRequest } from "./cross-site";

const base: WriteRequest = {
  method: "POST",
  path: "/api/claims",
  host: "desk.example.org",
  origin: "https://desk.example.org",
  fetchSite: "same-origin",
  contentType: "application/json",
  hasBody: true,
  bearer: false,
};

describe("cross-site writes to the JSON API", () => {
  it("lets the desk's own JSON writes and every read through", () => {
    expect(crossSiteRefusal(base)).toBeNull();
    expect(crossSiteRefusal({ ...base, origin: null, fetchSite: null })).toBeNull(); // a script with the cookie
    expect(crossSiteRefusal({ ...base, method: "GET", origin: "https://evil.example", contentType: null })).toBeNull();
  });

  it("refuses a write from a foreign or unreadable Origin, or one the browser marks cross-site", () => {
    expect(crossSiteRefusal({ ...base, origin: "https://evil.example" })).toMatch(/another site/);
    expect(crossSiteRefusal({ ...base, origin: "https://desk.example.org.evil.example" })).toMatch(/another site/);
    expect(crossSiteRefusal({ ...base, origin: "null" })).toMatch(/another site/);
    expect(crossSiteRefusal({ ...base, origin: null, fetchSite: "cross-site" })).toMatch(/another site/);
  });

  it("refuses the bodies a foreign form can send, except multipart on the two upload routes", () => {
    expect(crossSiteRefusal({ ...base, contentType: "text/plain;charset=UTF-8" })).toMatch(/not text\/plain/);
    expect(crossSiteRefusal({ ...base, contentType: "application/x-www-form-urlencoded" })).toMatch(/application\/json/);
    expect(crossSiteRefusal({ ...base, contentType: null })).toMatch(/unlabelled/);
    expect(crossSiteRefusal({ ...base, contentType: null, hasBody: false })).toBeNull(); // "reopen" has no body
    expect(crossSiteRefusal({ ...base, contentType: null, hasBody: false, origin: "https://evil.example" })).toMatch(
      /another site/,
    );
    expect(crossSiteRefusal({ ...base, contentType: "multipart/form-data; boundary=x" })).toMatch(/application\/json/);
    expect(crossSiteRefusal({ ...base, path: "/api/import", contentType: "multipart/form-data; boundary=x" })).toBeNull();
    expect(
      crossSiteRefusal({ ...base, path: "/api/claims/c1/evidence", contentType: "multipart/form-data; boundary=x" }),
    ).toBeNull();
  });

  it("leaves requests with a bearer token to the token check", () => {
    expect(crossSiteRefusal({ ...base, bearer: true, origin: "https://evil.example", contentType: "text/plain" })).toBeNull();
  });
});
