// The JSON Schema of the export document (docs/export.schema.json), derived from the zod schema
// the importer validates with, so the two cannot drift (a unit test compares them).
import { z } from "zod";
import { exportDocumentSchema } from "./schema";

export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(exportDocumentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://claimdesk.local/schemas/export-v1.json",
    title: "Claimdesk export, version 1",
    description:
      "Articles (with every revision's text), claims with their attributions, evidence metadata (no file contents) and decisions, the links between claims, review sessions, the sources referred to and the users named by id. Dates are ISO 8601 in UTC; enum values are snake_case. `npm run import -- FILE` recreates this content in an empty database.",
  };
}
