"use client";
import { useCallback, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import type { ArticleDetail } from "@/lib/articles/data";
import { createClaimAction } from "@/lib/claims/actions";
import { ArticleText } from "./article-text";
import { MarkKnowledge } from "./mark-knowledge";
import { ClaimList } from "./claim-list";
import { SuggestionPanel } from "./suggestion-panel";
import { moveWordCursor, selectionOffsets, wordBounds } from "./selection";

type Article = NonNullable<ArticleDetail>;
type Span = { start: number; end: number };

export function ArticleWorkbench({
  article,
  canWrite,
  canMark,
}: {
  article: Article;
  canWrite: boolean;
  /** The reader may say what a selected word is (a place, an actor, a source). */
  canMark: boolean;
}) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("article");
  const failureText = useFailureText();
  const [selection, setSelection] = useState<Span | null>(null);
  const [caret, setCaret] = useState<{ anchor: number; focus: number } | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [flashed, setFlashed] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const bounds = useMemo(() => wordBounds(article.text), [article.text]);
  const cps = useMemo(() => [...article.text], [article.text]);
  const rtl = article.language === "ar";

  const flash = useCallback((claimId: string, scroll: "text" | "list") => {
    setFlashed(claimId);
    const target =
      scroll === "text"
        ? textRef.current?.querySelector(`[data-claims~="${claimId}"]`)
        : document.getElementById(`claim-${claimId}`);
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
    window.setTimeout(() => setFlashed((f) => (f === claimId ? null : f)), 1600);
  }, []);

  const makeClaim = useCallback(
    (span: Span) => {
      startTransition(async () => {
        const result = await createClaimAction({ articleId: article.id, start: span.start, end: span.end });
        if (result.ok) {
          setSelection(null);
          setCaret(null);
          window.getSelection()?.removeAllRanges();
          setMessage({ kind: "ok", text: t("created") });
          router.refresh();
        } else setMessage({ kind: "error", text: failureText(result) });
      });
    },
    [article.id, router, t, failureText],
  );

  function onMouseUp() {
    if (!textRef.current) return;
    const span = selectionOffsets(textRef.current, article.text);
    if (span) {
      setSelection(span);
      setCaret({ anchor: span.start, focus: span.end });
    }
  }

  // Keyboard selection by words: in right-to-left text ArrowLeft moves forward.
  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const forwardKey = rtl ? "ArrowLeft" : "ArrowRight";
    const backwardKey = rtl ? "ArrowRight" : "ArrowLeft";
    if ((e.key === "c" || e.key === "Enter") && selection && canWrite) {
      e.preventDefault();
      makeClaim(selection);
      return;
    }
    if (e.key === "Escape") {
      setSelection(null);
      setCaret(null);
      return;
    }
    if (e.key !== forwardKey && e.key !== backwardKey) return;
    e.preventDefault();
    const next = moveWordCursor(caret, bounds, cps.length, e.key === forwardKey, e.shiftKey);
    setCaret(next);
    const span = { start: Math.min(next.anchor, next.focus), end: Math.max(next.anchor, next.focus) };
    setSelection(span.end > span.start ? span : null);
  }

  const pendingSuggestions = article.suggestions.filter((s) => s.state === "pending");
  const layers = useMemo(
    () => ({
      furniture: article.furniture,
      headings: article.headings,
      claims: article.claims.filter((c) => c.anchorState === "anchored"),
      suggestions: pendingSuggestions,
      selection,
      flashed,
    }),
    [article, pendingSuggestions, selection, flashed],
  );
  const quote = selection ? cps.slice(selection.start, selection.end).join("") : "";

  return (
    <div className="reader">
      <div>
        {canWrite && (
          <div className="selection-bar" aria-live="polite">
            {selection ? (
              <>
                <span className="small muted">{t("selected")}</span>{" "}
                <q dir={rtl ? "rtl" : "ltr"} className="quote-preview">
                  {quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}
                </q>{" "}
                <button className="btn" type="button" disabled={pending} onClick={() => makeClaim(selection)}>
                  {t("makeClaim")}
                </button>{" "}
                {canMark && quote.length <= 300 && <MarkKnowledge key={quote} quote={quote.trim()} />}
              </>
            ) : (
              <span className="small muted">{t("selectHint")}</span>
            )}
          </div>
        )}
        {message && (
          <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert" : "notice"}>
            {message.text}
          </p>
        )}
        <ArticleText
          ref={textRef}
          text={article.text}
          language={article.language}
          layers={layers}
          onKeyDown={onKeyDown}
          onMouseUp={onMouseUp}
          onClaimClick={(id) => flash(id, "list")}
        />
      </div>
      <aside aria-label={t("sidebar")}>
        <ClaimList
          article={article}
          canWrite={canWrite}
          flashed={flashed}
          selection={selection}
          onShow={(id) => flash(id, "text")}
          onMessage={setMessage}
        />
        <SuggestionPanel
          suggestions={pendingSuggestions}
          language={article.language}
          canWrite={canWrite}
          onMessage={setMessage}
        />
      </aside>
    </div>
  );
}
