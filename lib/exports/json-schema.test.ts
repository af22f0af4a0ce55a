import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportJsonSchema } from "./json-schema";

describe("docs/export.schema.json", () => {
  it("is the schema the importer validates with", () => {
    const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../docs/export.schema.json"), "utf8"));
    expect(file).toEqual(exportJsonSchema());
    expect(file.properties.format.const).toBe("claimdesk-export");
    expect(file.properties.version.const).toBe(1);
  });
});
