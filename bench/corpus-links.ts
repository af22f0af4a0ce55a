// Link proposals over the whole synthetic corpus, found by the workbench's own detection, with
// the editors' later decisions on part of them (confirmed, dismissed, resolved) and their events.
import type { Actor } from "@/lib/history/schema";
import { detectAll } from "@/lib/links/detect";
import { proposedLinkEvent, proposedLinkRow } from "@/lib/links/proposals";
import type { SyntheticChain } from "./chain";
import type { ClaimRecordLite } from "./corpus-rows";
import type { Random } from "./random";

export function linkRows(records: ClaimRecordLite[], chain: SyntheticChain, rng: Random, editors: Actor[], next: () => string) {
  const rows: Array<Record<string, unknown>> = [];
  for (const p of detectAll(records)) {
    const id = `bl${next()}`;
    const createdAt = chain.now();
    chain.append(proposedLinkEvent(id, p), 50);
    const row: Record<string, unknown> = { id, ...proposedLinkRow(p), createdAt, updatedAt: createdAt };
    rows.push(row);
    const roll = rng.next();
    if (roll >= 0.3) continue;
    const editor = rng.pick(editors);
    const status = roll < 0.15 ? "confirmed" : "dismissed";
    chain.append({
      actor: editor,
      entityType: "link",
      entityId: id,
      action: "update",
      changes: { status: ["proposed", status], ...(status === "confirmed" ? { confirmedBy: [null, editor.label] } : {}) },
    });
    Object.assign(row, {
      status,
      version: 2,
      updatedAt: chain.now(),
      ...(status === "confirmed" ? { confirmedById: editor.id } : {}),
    });
    if (status !== "confirmed" || roll >= 0.05) continue;
    const note = "تبين أن الروايتين تتحدثان عن فترتين مختلفتين";
    chain.append({
      actor: editor,
      entityType: "link",
      entityId: id,
      action: "update",
      changes: { status: ["confirmed", "resolved"], resolutionNote: [null, note] },
    });
    Object.assign(row, { status: "resolved", resolutionNote: note, version: 3, updatedAt: chain.now() });
  }
  return rows;
}
