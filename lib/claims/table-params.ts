// The claims page URL = the claims query (same as GET /api/claims) + which columns show, in order.
import { claimsQuerySchema, type ClaimsQuery } from "./query";

export const claimColumns = [
  "claim",
  "article",
  "outlet",
  "published",
  "kind",
  "sourcing",
  "grades",
  "verdict",
  "status",
  "conflicts",
  "session",
  "updated",
] as const;
export type ClaimColumn = (typeof claimColumns)[number];

export function parseTableParams(params: Record<string, string | string[] | undefined>) {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === "string" && v !== "") flat[k] = v;
  const { cols, ...rest } = flat;
  const parsed = claimsQuerySchema.safeParse(rest);
  const columns = (cols ? cols.split(",") : [...claimColumns]).filter((c): c is ClaimColumn =>
    (claimColumns as readonly string[]).includes(c),
  );
  return parsed.success
    ? { query: parsed.data, columns, error: null }
    : {
        query: claimsQuerySchema.parse({}),
        columns,
        error: parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; "),
      };
}

/** Serializes a query back to URL parameters, leaving defaults out so URLs stay short. */
export function toSearchParams(q: Partial<ClaimsQuery>, columns?: ClaimColumn[]): URLSearchParams {
  const out = new URLSearchParams();
  const defaults = claimsQuerySchema.parse({});
  for (const [key, value] of Object.entries(q)) {
    if (value === undefined || value === null || value === "") continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (!text || text === String((defaults as Record<string, unknown>)[key] ?? "")) continue;
    out.set(key, text);
  }
  if (columns && columns.join(",") !== claimColumns.join(",")) out.set("cols", columns.join(","));
  return out;
}
