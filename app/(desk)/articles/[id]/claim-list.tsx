"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import type { ArticleDetail } from "@/lib/articles/data";
import { archiveClaimAction, editClaimAction } from "@/lib/claims/actions";
import { ClaimSourcingPanel } from "./claim-sourcing";
import { ClaimLinksFor } from "./claim-links";

type Article = NonNullable<ArticleDetail>;
type Claim = Article["claims"][number];
type Notify = (m: { kind: "error" | "ok"; text: string }) => void;

type Props = {
  article: Article;
  canWrite: boolean;
  flashed: string | null;
  selection: { start: number; end: number } | null;
  onShow: (id: string) => void;
  onMessage: Notify;
};

export function ClaimList({ article, canWrite, flashed, selection, onShow, onMessage }: Props) {
  const anchored = article.claims.filter((c) => c.anchorState === "anchored");
  const orphaned = article.claims.filter((c) => c.anchorState === "orphaned");
  return (
    <section className="panel side-panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({anchored.length})</h2>
      {anchored.length === 0 && <p className="small muted">No claims yet.</p>}
      <ol className="claim-list">
        {anchored.map((c) => (
          <ClaimItem
            key={c.id}
            claim={c}
            language={article.language}
            canWrite={canWrite}
            flashed={flashed === c.id}
            selection={selection}
            onShow={onShow}
            onMessage={onMessage}
          />
        ))}
      </ol>
      {orphaned.length > 0 && (
        <>
          <h3 className="small">Orphaned by a new revision ({orphaned.length})</h3>
          <p className="small muted">Their text is no longer in the article: re-anchor or archive them.</p>
          <ol className="claim-list">
            {orphaned.map((c) => (
              <ClaimItem
                key={c.id}
                claim={c}
                language={article.language}
                canWrite={canWrite}
                flashed={false}
                selection={selection}
                onShow={onShow}
                onMessage={onMessage}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ClaimItem({
  claim,
  language,
  canWrite,
  flashed,
  selection,
  onShow,
  onMessage,
}: {
  claim: Claim;
  language: string;
  canWrite: boolean;
  flashed: boolean;
  selection: { start: number; end: number } | null;
  onShow: (id: string) => void;
  onMessage: Notify;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [statement, setStatement] = useState(claim.statement ?? "");
  const [pending, startTransition] = useTransition();

  function save(change: { statement?: string | null; start?: number; end?: number }) {
    startTransition(async () => {
      const result = await editClaimAction({ claimId: claim.id, version: claim.version, ...change });
      if (result.ok) {
        setEditing(false);
        onMessage({ kind: "ok", text: "Claim saved." });
        router.refresh();
      } else onMessage({ kind: "error", text: result.message });
    });
  }

  function archive() {
    startTransition(async () => {
      const result = await archiveClaimAction({ claimId: claim.id, version: claim.version });
      if (result.ok) {
        onMessage({ kind: "ok", text: "Claim archived (it stays in the history)." });
        router.refresh();
      } else onMessage({ kind: "error", text: result.message });
    });
  }

  return (
    <li id={`claim-${claim.id}`} className={flashed ? "claim-item flash" : "claim-item"}>
      <button type="button" className="link-button" onClick={() => onShow(claim.id)} aria-label="Show in the text">
        <q dir={language === "ar" ? "rtl" : "ltr"} lang={language}>
          {claim.quote}
        </q>
      </button>
      {claim.statement && !editing && (
        <p className="small statement" dir="auto">
          {claim.statement}
        </p>
      )}
      <div className="small muted">
        <span className="badge">{claim.verdict}</span> <span className="badge">{claim.status}</span>{" "}
        <Link href={`/claims/${claim.id}`}>Verdict &amp; evidence</Link> ·{" "}
        <Link href={`/claims/${claim.id}/history`}>History</Link>
      </div>
      <ClaimSourcingPanel claim={claim} canWrite={canWrite} onMessage={onMessage} />
      <ClaimLinksFor claimId={claim.id} canWrite={canWrite} onMessage={onMessage} />
      {canWrite && !editing && (
        <div className="claim-actions">
          <button type="button" className="btn secondary small" onClick={() => setEditing(true)}>
            Edit
          </button>
          {selection && (
            <button type="button" className="btn secondary small" disabled={pending} onClick={() => save(selection)}>
              Use selection as span
            </button>
          )}
          <button type="button" className="btn secondary small" disabled={pending} onClick={archive}>
            Archive
          </button>
        </div>
      )}
      {editing && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            save({ statement: statement.trim() || null });
          }}
        >
          <label>
            Statement (the editor&apos;s paraphrase)
            <textarea dir="auto" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
          </label>
          <div>
            <button className="btn" type="submit" disabled={pending}>
              Save
            </button>{" "}
            <button className="btn secondary" type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
