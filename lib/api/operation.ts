// The description of one JSON API operation; its own module so that operations.ts can gather the
// areas' lists without the lists importing it back.
import type { z } from "zod";
import type { Permission } from "@/lib/auth/roles";

/** A response that is a file (a download or an export) rather than JSON: the media types it comes in. */
export type ApiFile = { file: string[] };

export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  permission: Permission;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyType?: string;
  /** The success status, or several when the same body comes with either (e.g. 201 created, 200 duplicate). */
  success?: string | string[];
  /** The success body: a zod schema with a `meta({ id })` (a component of the document), or a file. */
  response: z.ZodType | ApiFile;
  conflicts?: boolean;
};

/**
 * Binds a response schema to the type a route answers with: `answers<ClaimReview>()(claimReviewSchema)`
 * compiles only while every value of that type fits the schema, so the document cannot drift from the
 * data functions (the contract test checks the real bodies as well).
 */
export function answers<T>() {
  return <S extends z.ZodType>(schema: S & ([T] extends [z.output<S>] ? unknown : never)): S => schema;
}

/** What a mutation answers when it succeeds (its `{ ok: true, … }` branch). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Succeeded<F extends (...args: any[]) => unknown> = Extract<Awaited<ReturnType<F>>, { ok: true }>;
