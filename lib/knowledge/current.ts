import "server-only";
import type { Tx } from "@/lib/db/client";
import { shippedKnowledge } from "./shipped";
import type { Knowledge } from "./types";

// The one place the server asks "what does this desk know?". Every analysis call on the server
// (suggestions, attribution, features, detection, matching) gets its Knowledge from here.

export async function deskKnowledge(db: Tx): Promise<Knowledge> {
  void db;
  return shippedKnowledge();
}
