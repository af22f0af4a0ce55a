// npm run api:types: writes lib/api/openapi-types.generated.d.ts, the TypeScript types of the JSON API
// generated from its OpenAPI document (for openapi-fetch clients). `--check` fails instead of
// writing when the committed file is not what the document generates (the test command runs it).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";
import { openApiDocument } from "@/lib/api/openapi";

const file = path.resolve(__dirname, "../lib/api/openapi-types.generated.d.ts");
const header = "// Generated from the OpenAPI document by `npm run api:types`; do not edit.\n";

async function generate(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(openApiDocument()));
  return format(header + astToString(ast), { ...(await resolveConfig(file)), filepath: file });
}

async function main() {
  const generated = await generate();
  if (process.argv.includes("--check")) {
    if (readFileSync(file, "utf8") !== generated) {
      console.error("lib/api/openapi-types.generated.d.ts is out of date with the OpenAPI document: run npm run api:types");
      process.exit(1);
    }
    console.log("API types: in step with the OpenAPI document");
    return;
  }
  writeFileSync(file, generated);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

void main();
