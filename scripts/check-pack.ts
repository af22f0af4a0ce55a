// Checks knowledge pack files against the pack format and reports what each holds:
//   npx tsx scripts/check-pack.ts lib/knowledge/packs/*.json
import { readFileSync } from "node:fs";
import { packSchema } from "@/lib/knowledge/pack-schema";

let failed = false;
const keys = new Map<string, string>();
for (const file of process.argv.slice(2)) {
  const parsed = packSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    failed = true;
    for (const issue of parsed.error.issues.slice(0, 20)) console.error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
    continue;
  }
  const pack = parsed.data;
  const placeKeys = new Set(pack.places.map((p) => p.key));
  for (const p of pack.places) {
    if (keys.has(`place:${p.key}`))
      console.warn(`${file}: place ${p.key} is also in ${keys.get(`place:${p.key}`)} (the first loaded wins)`);
    keys.set(`place:${p.key}`, file);
    if (p.parent && !placeKeys.has(p.parent) && !keys.has(`place:${p.parent}`)) {
      failed = true;
      console.error(`${file}: place ${p.key} lies in ${p.parent}, which no pack loaded before it has`);
    }
  }
  for (const e of pack.entities) {
    if (keys.has(`entity:${e.key}`))
      console.warn(`${file}: entity ${e.key} is also in ${keys.get(`entity:${e.key}`)} (the first loaded wins)`);
    keys.set(`entity:${e.key}`, file);
  }
  console.log(`${file}: ${pack.entities.length} entities, ${pack.places.length} places, ${pack.bareTerms.length} bare terms`);
}
process.exit(failed ? 1 : 0);
