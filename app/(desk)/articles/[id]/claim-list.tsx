"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ArticleDetail } from "@/lib/articles/data";
import { archiveClaimAction, editClaimAction } from "@/lib/claims/actions";
import { ClaimSourcingPanel } from "./claim-sourcing";
import { ClaimLinksFor } from "./claim-links";
import { StatusBadge, VerdictBadge } from "@/app/_components/verdict-badge";
import { useFailureText } from "@/app/_components/failure-text";

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
  const t = useTranslations("article");
  return (
    <section className="panel side-panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t("claimsCount", { count: anchored.length })}</h2>
      {anchored.length === 0 && <p className="small muted">{t("noClaims")}</p>}
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
          <h3 className="small">{t("orphaned", { count: orphaned.length })}</h3>
          <p className="small muted">{t("orphanedHint")}</p>
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
  const t = useTranslations("article");
  const failureText = useFailureText();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [statement, setStatement] = useState(claim.statement ?? "");
  const [pending, startTransition] = useTransition();

  function save(change: { statement?: string | null; start?: number; end?: number }) {
    startTransition(async () => {
      const result = await editClaimAction({ claimId: claim.id, version: claim.version, ...change });
      if (result.ok) {
        setEditing(false);
        onMessage({ kind: "ok", text: t("saved") });
        router.refresh();
      } else onMessage({ kind: "error", text: failureText(result) });
    });
  }

  function archive() {
    startTransition(async () => {
      const result = await archiveClaimAction({ claimId: claim.id, version: claim.version });
      if (result.ok) {
        onMessage({ kind: "ok", text: t("archived") });
        router.refresh();
      } else onMessage({ kind: "error", text: failureText(result) });
    });
  }

  return (
    <li id={`claim-${claim.id}`} className={flashed ? "claim-item flash" : "claim-item"}>
      <button type="button" className="link-button" onClick={() => onShow(claim.id)} aria-label={t("showInText")}>
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
        <VerdictBadge verdict={claim.verdict} /> <StatusBadge status={claim.status} />{" "}
        <Link href={`/claims/${claim.id}`}>{t("verdictEvidence")}</Link> ·{" "}
        <Link href={`/claims/${claim.id}/history`}>{t("historyShort")}</Link>
      </div>
      <ClaimSourcingPanel claim={claim} canWrite={canWrite} onMessage={onMessage} />
      <ClaimLinksFor claimId={claim.id} canWrite={canWrite} onMessage={onMessage} />
      {canWrite && !editing && (
        <div className="claim-actions">
          <button type="button" className="btn secondary small" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
          {selection && (
            <button type="button" className="btn secondary small" disabled={pending} onClick={() => save(selection)}>
              {t("useSelection")}
            </button>
          )}
          <button type="button" className="btn secondary small" disabled={pending} onClick={archive}>
            {t("archive")}
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
            {t("statement")}
            <textarea dir="auto" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
          </label>
          <div>
            <button className="btn" type="submit" disabled={pending}>
              {t("save")}
            </button>{" "}
            <button className="btn secondary" type="button" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
