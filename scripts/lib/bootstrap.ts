import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/db/env";
import { countUsers } from "@/lib/auth/data";
import { createUser } from "@/lib/auth/mutations";
import { SYSTEM_ACTOR } from "@/lib/history/schema";
import { loadRegistrySeed } from "@/lib/sources/registry-mutations";
import { loadShippedPacks } from "@/lib/knowledge/mutations";
import { seedIfEmpty } from "@/seeds/seed-corpus";
import { migrateIfPending } from "./migrate";
import { ensureSearchIndex } from "@/lib/search/setup";
import { ensureShingleBands } from "@/lib/articles/mutations";
import { ensureClaimTerms } from "@/lib/matching/mutations";

/** Migrations, the first admin (from ADMIN_EMAIL / ADMIN_PASSWORD), the source registry, the shipped knowledge packs (once), and the sample corpus on an empty database. */
export async function bootstrap({ seed = true } = {}) {
  const env = getEnv();
  const db = getDb();
  await migrateIfPending(db);
  await ensureSearchIndex(db);
  await ensureShingleBands(db);
  await ensureClaimTerms(db);
  if ((await countUsers(db)) === 0) {
    await createUser(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin", name: "Admin" }, SYSTEM_ACTOR);
    console.log(`created the first admin: ${env.ADMIN_EMAIL}`);
  }
  const registry = await db.$transaction((tx) => loadRegistrySeed(tx), { timeout: 60_000, maxWait: 60_000 });
  if (registry.created > 0) console.log(`loaded the source registry: ${registry.created} sources`);
  const packs = await db.$transaction((tx) => loadShippedPacks(tx), { timeout: 60_000, maxWait: 60_000 });
  for (const p of packs.filter((r) => r.loaded))
    console.log(
      `loaded the knowledge pack ${p.pack}: ${p.added.entities} entities, ${p.added.places} places, ${p.added.bareTerms} bare terms`,
    );
  if (seed) {
    const seeded = await seedIfEmpty(db);
    if (seeded) console.log(`imported the sample corpus: ${seeded.summary.imported} articles`);
  }
}
