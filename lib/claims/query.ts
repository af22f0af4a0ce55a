// The claims query: the same parameters for the table's URL, GET /api/claims and exports.
import { z } from "zod";
import { ATTRIBUTION_KINDS } from "@/lib/sources/kinds";
import { normalizeArabic } from "@/lib/text/normalize";
import { claimStatuses, verdicts } from "./schema";

export const claimSortFields = [
  "updated_at",
  "created_at",
  "sourcing_strength",
  "published_at",
  "verdict",
  "status",
  "position",
] as const;

const list = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `${label} must be among: ${values.join(", ")}` })).max(values.length))
    .optional();

const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: `${label} must be a date like 2025-07-04 (or 2025-07, 2025)` })
    .optional();

const id = z.string().trim().min(1).max(64).optional();
const gazetteerId = (label: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, { error: `${label} must be an id such as deir_ez_zor` })
    .optional();

export const claimsQuerySchema = z
  .object({
    search: z
      .string()
      .trim()
      .max(200, { error: "The search is too long (at most 200 characters)" })
      .refine((s) => s === "" || /[\p{L}\p{N}]/u.test(normalizeArabic(s)), {
        error: "Search for letters or digits, not only punctuation",
      })
      .optional(),
    verdict: list(verdicts, "verdict"),
    status: list(claimStatuses, "status"),
    kind: list(ATTRIBUTION_KINDS, "kind"),
    article: id,
    outlet: id,
    source: id,
    place: gazetteerId("place"),
    actor: gazetteerId("actor"),
    conflicts: z.enum(["open", "none"], { error: "conflicts must be open or none" }).optional(),
    from: isoDate("from"),
    to: isoDate("to"),
    sort: z.enum(claimSortFields, { error: `sort must be one of: ${claimSortFields.join(", ")}` }).default("updated_at"),
    order: z.enum(["asc", "desc"], { error: "order must be asc or desc" }).default("desc"),
    page: z.coerce.number({ error: "page must be a number" }).int().min(1, { error: "page starts at 1" }).default(1),
    pageSize: z.coerce
      .number({ error: "pageSize must be a number" })
      .int()
      .min(1)
      .max(500, { error: "pageSize is at most 500" })
      .default(50),
  })
  .strict();

export type ClaimsQuery = z.output<typeof claimsQuerySchema>;
export type ClaimsQueryInput = z.input<typeof claimsQuerySchema>;
