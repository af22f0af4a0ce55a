// The OpenAPI document is the contract: every operation it lists is called here with a real request
// (through the typed openapi-fetch client generated from the document) against the real route
// handlers on a real database, and every answer is validated with ajv (JSON Schema 2020-12, as
// OpenAPI 3.1 uses) against the document's schema for that status and media type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020";
import createClient from "openapi-fetch";
import { dropTemplates, freshDb, testProviders, type TestDb } from "@/lib/test/db";
import { matchRoute, routeFetch } from "@/lib/test/api-routes";
import { createApiToken } from "@/lib/auth/mutations";
import { openApiDocument } from "./openapi";
import type { paths } from "./openapi-types.generated";

type Exchange = { operation: string; status: string; type: string; body: unknown };
type Responses = Record<string, { content?: Record<string, { schema: object }>; $ref?: string }>;

const document = openApiDocument();
const ajv = new Ajv2020({
  strict: false,
  allErrors: true,
  formats: { "date-time": (s: string) => !Number.isNaN(Date.parse(s)) },
});
ajv.addSchema({ $id: "claimdesk-api", components: document.components });

/** The document's response for an operation and status, with `$ref`s to components/responses followed. */
function documentedResponse(operation: string, status: string) {
  const [method, path] = operation.split(" ");
  const responses = (document.paths[path]?.[method] as { responses: Responses } | undefined)?.responses;
  const response = responses?.[status];
  if (!response?.$ref) return response;
  return (document.components.responses as Record<string, Responses[string]>)[response.$ref.split("/").pop()!];
}

/** A media-type key of the document that a Content-Type header falls under ("*\/*" takes any). */
function mediaKey(content: Record<string, unknown>, contentType: string) {
  const base = contentType.split(";")[0].trim();
  return Object.keys(content).find((key) => key === base || key === "*/*");
}

function violations(exchange: Exchange): string[] {
  const response = documentedResponse(exchange.operation, exchange.status);
  if (!response) return [`${exchange.status} is not documented`];
  const key = mediaKey(response.content ?? {}, exchange.type);
  if (!key) return [`${exchange.type} is not a documented media type`];
  const schema = response.content![key].schema as { $ref?: string; format?: string };
  if (schema.format === "binary") return exchange.body ? [] : ["the file is empty"];
  const validate = ajv.compile(schema.$ref ? { $ref: `claimdesk-api${schema.$ref}` } : schema);
  return validate(exchange.body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

const documentedOperations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method} ${path}`),
);

afterAll(dropTemplates);

describe.each(testProviders())("the JSON API against its OpenAPI document on %s", (provider) => {
  let t: TestDb;
  const exchanges: Exchange[] = [];
  const globalDb = globalThis as { claimdeskDb?: unknown };

  /** The route handlers, recording each answer for the contract checks. */
  async function recordingFetch(request: Request): Promise<Response> {
    const response = await routeFetch(request);
    const route = matchRoute(new URL(request.url).pathname);
    const type = response.headers.get("content-type") ?? "";
    const copy = response.clone();
    const body = type.startsWith("application/json") ? await copy.json() : (await copy.arrayBuffer()).byteLength > 0;
    exchanges.push({ operation: `${request.method.toLowerCase()} ${route?.path}`, status: String(response.status), type, body });
    return response;
  }

  beforeAll(async () => {
    t = await freshDb(provider);
    globalDb.claimdeskDb = t.db;
    await t.db.user.create({ data: { id: "admin", name: "Admin", email: "admin@claimdesk.local", role: "admin" } });
  });
  afterAll(async () => {
    delete globalDb.claimdeskDb;
    await t.close();
  });

  it("answers every documented operation as the document describes", async () => {
    const { token } = await createApiToken(t.db, "admin", "contract", { id: null, label: "contract test" });
    const api = createClient<paths>({
      baseUrl: "http://claimdesk.test",
      fetch: recordingFetch,
      headers: { authorization: `Bearer ${token}` },
    });
    const ok = <T>(r: { data?: T; error?: unknown; response: Response }): T => {
      if (r.data === undefined) throw new Error(`${r.response.url}: ${r.response.status} ${JSON.stringify(r.error)}`);
      return r.data;
    };

    expect(ok(await api.GET("/api/me")).email).toBe("admin@claimdesk.local");
    expect(ok(await api.GET("/api/openapi.json")).openapi).toBe("3.1.0");

    // Articles: an Arabic one by JSON (then the same text again: a duplicate), an English one as a file.
    const text = [
      "قالت مصادر محلية إن قوات التحالف الدولي انسحبت من قاعدة الشدادي في ريف الحسكة.",
      "ونفى مسؤول في قسد وجود أي انسحاب، وأكد المرصد السوري لحقوق الإنسان أن الدوريات المشتركة توقفت.",
    ].join("\n\n");
    const article = { text, title: "انسحاب من الشدادي", outlet: "عنب بلدي", url: "https://example.org/shaddadi" };
    const created = ok(await api.POST("/api/articles", { body: article }));
    expect(created.status).toBe("created");
    const again = await api.POST("/api/articles", { body: article });
    expect([again.response.status, ok(again)]).toEqual([200, { id: created.id, status: "duplicate" }]);
    expect(ok(await api.GET("/api/articles", { params: { query: { page: 1, pageSize: 10 } } })).total).toBe(1);
    const form = new FormData();
    form.append("files", new File(["The coalition withdrew from al-Shaddadi base, local sources said."], "shaddadi-en.txt"));
    const batch = ok(await api.POST("/api/import", { body: { files: [] }, bodySerializer: () => form }));
    expect(batch.summary.imported).toBe(1);
    const detail = ok(await api.GET("/api/articles/{id}", { params: { path: { id: created.id } } }));
    expect(detail.text).toBe(text);

    // Claims: two spans of the Arabic article, a suggestion rejected, a search, a verdict.
    const span = (phrase: string) => ({
      articleId: created.id,
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    });
    const withdrawal = ok(await api.POST("/api/claims", { body: span("انسحبت من قاعدة الشدادي") }));
    const denial = ok(await api.POST("/api/claims", { body: span("وجود أي انسحاب") }));
    const refused = await api.POST("/api/claims", { body: { articleId: created.id, start: -1, end: 2 } });
    expect([refused.response.status, refused.error?.error?.code]).toEqual([400, "INVALID"]);
    const suggestion = detail.suggestions.find((s) => s.state === "pending")!;
    ok(await api.POST("/api/suggestions/{id}/reject", { params: { path: { id: suggestion.id } } }));
    const found = ok(await api.GET("/api/claims", { params: { query: { search: "الشدادي" } } }));
    expect(found.items.map((c) => c.id)).toContain(withdrawal.id);
    const path = { path: { id: withdrawal.id } };
    const patched = ok(
      await api.PATCH("/api/claims/{id}", { params: path, body: { verdict: "contested", version: withdrawal.version } }),
    );
    const stale = await api.PATCH("/api/claims/{id}", { params: path, body: { verdict: "false", version: withdrawal.version } });
    expect([stale.response.status, stale.error?.error?.code]).toEqual([409, "STALE"]);
    const missing = await api.GET("/api/claims/{id}", { params: { path: { id: "no-such-claim" } } });
    expect(missing.response.status).toBe(404);
    expect(ok(await api.GET("/api/claims/{id}", { params: path })).claim.verdict).toBe("contested");
    expect(ok(await api.GET("/api/claims/{id}/history", { params: path })).items[0].changes.verdict).toEqual([
      "unverified",
      "contested",
    ]);

    // Evidence with an attachment named in Arabic.
    const evidence = new FormData();
    evidence.append("kind", "document");
    evidence.append("text", "بيان قسد الرسمي");
    evidence.append("file", new File(["نص البيان"], "بيان.txt", { type: "text/plain" }));
    const added = ok(
      await api.POST("/api/claims/{id}/evidence", {
        params: path,
        body: { kind: "document", text: "" },
        bodySerializer: () => evidence,
      }),
    );
    expect(ok(await api.GET("/api/claims/{id}/evidence", { params: path })).items[0].file?.name).toBe("بيان.txt");
    const file = await api.GET("/api/evidence/{id}/file", { params: { path: { id: added.id } }, parseAs: "text" });
    expect(file.data).toBe("نص البيان");

    // Sources and attributions.
    const network = ok(await api.POST("/api/sources", { body: { name: "شبكة الخابور الإعلامية", kind: "outlet" } }));
    const duplicate = ok(await api.POST("/api/sources", { body: { name: "Khabour Network", kind: "outlet" } }));
    ok(await api.POST("/api/sources/{id}/aliases", { params: { path: { id: network.id } }, body: { alias: "الخابور" } }));
    expect(ok(await api.GET("/api/sources", { params: { query: { search: "الخابور" } } })).items[0].id).toBe(network.id);
    const mergeBody = { into: network.id, version: 1 };
    ok(await api.POST("/api/sources/{id}/merge", { params: { path: { id: duplicate.id } }, body: mergeBody }));
    // An admin undoes the merge and merges again.
    const mergedDuplicate = ok(await api.GET("/api/sources/{id}", { params: { path: { id: duplicate.id } } }));
    ok(
      await api.POST("/api/sources/{id}/split", {
        params: { path: { id: duplicate.id } },
        body: { version: mergedDuplicate.version },
      }),
    );
    const standing = ok(await api.GET("/api/sources/{id}", { params: { path: { id: duplicate.id } } }));
    expect(standing.mergedInto).toBeNull();
    ok(
      await api.POST("/api/sources/{id}/merge", {
        params: { path: { id: duplicate.id } },
        body: { into: network.id, version: standing.version },
      }),
    );
    const sourced = ok(
      await api.PUT("/api/claims/{id}/attributions", {
        params: path,
        body: { version: patched.version, attributions: [{ kind: "media_report", sourceId: network.id }] },
      }),
    );
    expect(sourced.attributions[0].source?.name).toBe("شبكة الخابور الإعلامية");
    expect(ok(await api.GET("/api/sources/{id}", { params: { path: { id: network.id } } })).mergedFrom).toHaveLength(1);

    // A contradiction between the two claims, then dismissed.
    const link = ok(await api.POST("/api/links", { body: { aId: withdrawal.id, bId: denial.id, type: "contradicts" } }));
    expect(ok(await api.GET("/api/links")).total).toBe(1);
    ok(await api.GET("/api/links/{id}", { params: { path: { id: link.id } } }));
    const dismissed = ok(
      await api.PATCH("/api/links/{id}", {
        params: { path: { id: link.id } },
        body: { status: "dismissed", version: link.version },
      }),
    );
    expect(dismissed.status).toBe("dismissed");

    // A review session: queue, decision, sign-off, reopening.
    const session = ok(
      await api.POST("/api/sessions", { body: { title: "جلسة الشدادي", date: "2025-11-30", claimIds: [withdrawal.id] } }),
    );
    const sessionPath = { path: { id: session.id } };
    expect(ok(await api.POST("/api/sessions/{id}/items", { params: sessionPath, body: { claimIds: [denial.id] } })).added).toBe(
      1,
    );
    expect(ok(await api.GET("/api/sessions")).items[0].title).toBe("جلسة الشدادي");
    const decided = ok(
      await api.POST("/api/sessions/{id}/decisions", {
        params: sessionPath,
        body: { claimId: withdrawal.id, verdict: "false", version: sourced.version },
      }),
    );
    expect(decided.verdict).toBe("false");
    const open = ok(await api.GET("/api/sessions/{id}", { params: sessionPath }));
    const signed = ok(await api.POST("/api/sessions/{id}/sign-off", { params: sessionPath, body: { version: open.version } }));
    expect(signed.summary.decided).toBe(1);
    expect(ok(await api.POST("/api/sessions/{id}/reopen", { params: sessionPath })).status).toBe("open");

    // Exports stream files.
    const csv = await api.GET("/api/exports", { params: { query: { format: "csv" } }, parseAs: "text" });
    expect(csv.data).toContain("انسحبت من قاعدة الشدادي");
    const json = await api.GET("/api/exports", { params: { query: { format: "json", article: created.id } }, parseAs: "text" });
    expect(JSON.parse(json.data!).claims).toHaveLength(2);
  });

  it("validates every answer against the document's schema for its status", () => {
    expect(new Set(exchanges.map((e) => e.status))).toEqual(new Set(["200", "201", "400", "404", "409"]));
    const problems = exchanges.flatMap((e) => violations(e).map((v) => `${e.operation} ${e.status}: ${v}`));
    expect(problems).toEqual([]);
  });

  it("has called every operation of the document successfully", () => {
    const succeeded = new Set(exchanges.filter((e) => e.status.startsWith("2")).map((e) => e.operation));
    expect(documentedOperations.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});
