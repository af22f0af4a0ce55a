// The history an import writes for what the file says happened elsewhere: one event per decided
// claim and one per session, by the importing actor, with the original deciders and sign-off as
// data. Nothing from the file is replayed as if this desk's editors had done it.
import type { Actor, NewEvent } from "@/lib/history/schema";
import type { ExportDocument } from "./schema";

export function importedRecordEvents(doc: ExportDocument, actor: Actor, fileHash: string): NewEvent[] {
  const userName = new Map(doc.users.map((u) => [u.id, u.name]));
  const who = (id: string | null) => (id === null ? null : { id, name: userName.get(id) ?? null });
  const claims: NewEvent[] = doc.claims
    .filter((c) => c.decisions.length > 0)
    .map((c) => ({
      actor,
      entityType: "claim",
      entityId: c.id,
      action: "import",
      changes: {
        verdict: [null, c.verdict],
        status: [null, c.status],
        importedDecisions: [
          null,
          c.decisions.map((d) => ({ verdict: d.verdict, decidedBy: who(d.deciderId), at: d.createdAt, sessionId: d.sessionId })),
        ],
        fileHash: [null, fileHash],
      },
    }));
  const sessions: NewEvent[] = doc.sessions.map((s) => ({
    actor,
    entityType: "session",
    entityId: s.id,
    action: "import",
    changes: {
      title: [null, s.title],
      status: [null, s.status],
      signedOffBy: [null, who(s.signedOffById)],
      signedOffAt: [null, s.signedOffAt],
      exportedSignOffHead: [null, s.signOffHeadSeq === null ? null : { seq: s.signOffHeadSeq, hash: s.signOffHeadHash }],
      fileHash: [null, fileHash],
    },
  }));
  return [...claims, ...sessions];
}
