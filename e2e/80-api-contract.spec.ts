import { expect, test, type APIRequestContext } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020";
import createClient from "openapi-fetch";
import type { paths } from "@/lib/api/openapi-types.generated";
import { signIn, users } from "./helpers";

/** A fetch over the signed-in page's request context (its session cookie), for openapi-fetch. */
function fetchThrough(request: APIRequestContext) {
  return async (input: Request): Promise<Response> => {
    const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
    const answer = await request.fetch(input.url, {
      method: input.method,
      headers: Object.fromEntries(input.headers),
      data: body,
    });
    return new Response(answer.status() === 204 ? null : new Uint8Array(await answer.body()), {
      status: answer.status(),
      headers: answer.headers(),
    });
  };
}

test("an editor's script imports an article, marks a claim and sets its verdict through the typed client; the served document describes each answer @smoke", async ({
  page,
}) => {
  await signIn(page, users.editor);
  const api = createClient<paths>({ baseUrl: new URL(page.url()).origin, fetch: fetchThrough(page.request) });

  const text = `قال مسؤول محلي إن المعبر الحدودي أعيد فتحه صباح اليوم أمام الشاحنات التجارية. (${Date.now()})`;
  const article = (await api.POST("/api/articles", { body: { text, title: "إعادة فتح المعبر", outlet: "عنب بلدي" } })).data!;
  expect(article.status).toBe("created");
  const phrase = "المعبر الحدودي أعيد فتحه";
  const start = text.indexOf(phrase);
  const claim = (await api.POST("/api/claims", { body: { articleId: article.id, start, end: start + phrase.length } })).data!;
  expect(claim.quote).toBe(phrase);
  const patch = await api.PATCH("/api/claims/{id}", {
    params: { path: { id: claim.id } },
    body: { verdict: "unverifiable", note: "لا مصدر ثانٍ", version: claim.version },
  });
  expect(patch.data?.verdict).toBe("unverifiable");
  const review = (await api.GET("/api/claims/{id}", { params: { path: { id: claim.id } } })).data!;
  expect([review.claim.verdict, review.updatedBy]).toEqual(["unverifiable", users.editor.email]);

  // the running server's document validates what it just answered
  const document = (await api.GET("/api/openapi.json")).data!;
  const ajv = new Ajv2020({ strict: false, formats: { "date-time": true } });
  ajv.addSchema({ $id: "claimdesk-api", components: document.components });
  const check = (ref: string, body: unknown) => {
    const validate = ajv.compile({ $ref: `claimdesk-api#/components/schemas/${ref}` });
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  };
  check("ImportedArticle", article);
  check("SourcedClaim", claim);
  check("Claim", patch.data);
  check("ClaimReview", review);
});
