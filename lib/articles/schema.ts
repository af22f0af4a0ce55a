import { z } from "zod";
import { parseDateString } from "@/lib/text/dates";

export const datePrecisions = ["day", "month", "year", "unknown"] as const;
export const datePrecisionSchema = z.enum(datePrecisions);
export type DatePrecisionValue = z.infer<typeof datePrecisionSchema>;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters)` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** The article list's search: the words of its title, matched by stem (lib/search/terms.ts). */
export const articleSearchSchema = z.object({ search: z.string().trim().max(200).optional() });

/** Said whenever a publication date cannot be read: the user's input is refused, never dropped. */
export const PUBLISHED_AT_FORMS =
  "The publication date is not a date: write it as 2025-11-30, 30/11/2025, 2025-11, 2025, 30 November 2025, or with an Arabic month of either calendar (30 تشرين الثاني 2025, 30 نوفمبر 2025)";

/** One article as the API, the paste form and the file importer hand it over. */
export const articleInputSchema = z.object({
  text: z
    .string({ error: "The article text is missing" })
    .refine((t) => t.trim().length > 0, { error: "The article text is empty" })
    .refine((t) => Buffer.byteLength(t) <= 2 * 1024 * 1024, { error: "The article text is over 2 MB" }),
  title: optionalText(500, "The title"),
  outlet: optionalText(200, "The outlet"),
  url: z
    .union([z.url({ protocol: /^https?$/, error: "The URL must start with http:// or https://" }), z.literal("")])
    .optional()
    .transform((v) => (v ? v : undefined)),
  publishedAt: optionalText(100, "The publication date").refine(
    (v) => v === undefined || parseDateString(v).precision !== "unknown",
    { error: PUBLISHED_AT_FORMS },
  ),
  language: z.enum(["ar", "en"], { error: "Language must be ar or en" }).optional(),
  fileName: optionalText(255, "The file name"),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
export type ParsedArticleInput = Partial<z.output<typeof articleInputSchema>> & { text: string };

export const importStatuses = ["created", "duplicate", "revision", "refused"] as const;
export type ImportStatus = (typeof importStatuses)[number];
