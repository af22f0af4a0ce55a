import { z } from "zod";

export const linkTypes = ["contradicts", "corroborates", "same_event", "supersedes"] as const;
export const linkTypeSchema = z.enum(linkTypes, { error: `Type must be one of: ${linkTypes.join(", ")}` });
export type LinkTypeName = (typeof linkTypes)[number];

export const linkStatuses = ["proposed", "confirmed", "dismissed", "resolved"] as const;
export const linkStatusSchema = z.enum(linkStatuses, { error: `Status must be one of: ${linkStatuses.join(", ")}` });
export type LinkStatus = (typeof linkStatuses)[number];

const claimId = (label: string) =>
  z
    .string({ error: `${label} is missing` })
    .trim()
    .min(1, { error: `${label} is missing` });
const note = z.string().trim().max(2000, { error: "The note is too long (at most 2,000 characters)" });

export const createLinkSchema = z.object({
  aId: claimId("aId"),
  bId: claimId("bId"),
  type: linkTypeSchema,
  note: note.optional(),
});
export type CreateLinkInput = z.infer<typeof createLinkSchema>;

export const updateLinkSchema = z.object({
  linkId: claimId("linkId"),
  status: linkStatusSchema,
  resolutionNote: note.optional(),
  version: z.number({ error: "version must be a number" }).int().min(1, { error: "version starts at 1" }),
});
export type UpdateLinkInput = z.infer<typeof updateLinkSchema>;

/** The PATCH body: the id comes from the URL. */
export const patchLinkSchema = updateLinkSchema.omit({ linkId: true });

const list = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `${label} must be among: ${values.join(", ")}` })).max(values.length))
    .optional();

const key = z
  .string()
  .trim()
  .max(64)
  .regex(/^[a-z0-9_]*$/, { error: "Use an id such as deir_ez_zor or coalition" })
  .optional()
  .transform((v) => v || undefined);

export const linksQuerySchema = z
  .object({
    type: list(linkTypes, "type"),
    status: list(linkStatuses, "status"),
    claim: z.string().trim().min(1).max(64).optional(),
    place: key,
    actor: key,
    page: z.coerce.number({ error: "page must be a number" }).int().min(1, { error: "page starts at 1" }).default(1),
    pageSize: z.coerce
      .number({ error: "pageSize must be a number" })
      .int()
      .min(1)
      .max(500, { error: "pageSize is at most 500" })
      .default(50),
  })
  .strict();
export type LinksQuery = z.output<typeof linksQuerySchema>;

export type LinkRefusal = "NOT_FOUND" | "SELF_LINK" | "DUPLICATE" | "ARCHIVED" | "NOTE_REQUIRED" | "INVALID_TRANSITION" | "STALE";
