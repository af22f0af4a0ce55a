// The layer rules of eslint.config.mjs, run on small sources placed where a page, an area and
// lib/text stand: a wrong import fails `npm run lint`.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function layerErrors(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("layers in the lint configuration", () => {
  it("refuses a page that imports an area's mutations", async () => {
    const code = `import { createClaim } from "@/lib/claims/mutations";\nexport const create = createClaim;\n`;
    const errors = await layerErrors("app/(desk)/claims/page.tsx", code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("go through the area's actions");
  });

  it("lets a page import an area's data, actions and a mutation's types", async () => {
    const code = [
      `import { listArticles } from "@/lib/articles/data";`,
      `import { createClaimAction } from "@/lib/claims/actions";`,
      `import type { Refusal } from "@/lib/review/mutations";`,
      `export const faces = [listArticles, createClaimAction];`,
      `export type R = Refusal;`,
      ``,
    ].join("\n");
    expect(await layerErrors("app/(desk)/articles/page.tsx", code)).toEqual([]);
  });

  it("refuses an area's pure module calling another area's mutations, allows its mutations to", async () => {
    const code = `import { appendEvent } from "@/lib/history/mutations";\nexport const record = appendEvent;\n`;
    expect(await layerErrors("lib/links/scope.ts", code)).toHaveLength(1);
    expect(await layerErrors("lib/links/mutations.ts", code)).toEqual([]);
  });

  it("refuses lib/text importing another area", async () => {
    const code = `import { SOURCE_KINDS } from "@/lib/sources/kinds";\nexport const kinds = SOURCE_KINDS;\n`;
    const errors = await layerErrors("lib/text/normalize.ts", code);
    expect(errors).toEqual([expect.stringContaining("lib/text imports no other area")]);
  });
});
