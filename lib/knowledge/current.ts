import "server-only";
import type { Tx } from "@/lib/db/client";
import { compilePacks } from "./compile";
import { knowledgeStamp, readDeskPack } from "./data";
import { shippedKnowledge } from "./shipped";
import type { Knowledge } from "./types";

// The one place the server asks "what does this desk know?". Every analysis call on the server
// (suggestions, attribution, features, detection, matching) gets its Knowledge from here. The
// compiled knowledge is kept until a knowledge write changes the stamp, so a call costs one read.

let cached: { stamp: string; knowledge: Knowledge } | null = null;

export async function deskKnowledge(db: Tx): Promise<Knowledge> {
  const stamp = await knowledgeStamp(db);
  // a database no pack was ever loaded into (a tool, a bare test database) knows the shipped packs
  if (stamp === null) return shippedKnowledge();
  if (cached?.stamp === stamp) return cached.knowledge;
  const knowledge = compilePacks([await readDeskPack(db)]);
  cached = { stamp, knowledge };
  return knowledge;
}
