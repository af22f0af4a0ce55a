"use client";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimDto } from "@/lib/claims/dto";
import { verdicts } from "@/lib/claims/schema";
import { decideAction } from "@/lib/review/actions";
import { nextUndecided } from "@/lib/review/rules";
import { EvidenceForm } from "@/app/_components/evidence-form";
import { StatusBadge, VerdictBadge } from "@/app/_components/verdict-badge";
import { useFailureText } from "@/app/_components/failure-text";

const verdictKeys: Record<string, (typeof verdicts)[number]> = {
  "1": "unverified",
  u: "unverified",
  "2": "corroborated",
  c: "corroborated",
  "3": "contested",
  x: "contested",
  "4": "false",
  f: "false",
  "5": "misleading",
  m: "misleading",
  "6": "unverifiable",
  v: "unverifiable",
};
const letterOf = (v: string) => Object.entries(verdictKeys).find(([k, x]) => x === v && /[a-z]/.test(k))![0];

type Props = {
  session: { id: string; title: string; status: string };
  index: number;
  items: Array<{ claimId: string; verdict: string | null }>;
  claim: ClaimDto;
  updatedBy: string | null;
  decision: { verdict: string; note: string | null; by: string | null; at: string | null } | null;
  canWrite: boolean;
  panels: ReactNode;
  evidence: ReactNode;
  history: ReactNode;
};

type Stale = { current: ClaimDto; updatedBy: string | null };

export function ReviewMode({ session, index, items, claim, updatedBy, decision, canWrite, panels, evidence, history }: Props) {
  const t = useTranslations("review");
  const tv = useTranslations("verdict");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState("");
  const [version, setVersion] = useState(claim.version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const [addingEvidence, setAddingEvidence] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const decided = items.filter((i) => i.verdict).length;
  const signedOff = session.status !== "open";

  // Where the editor is heading: rapid key presses move on from there, not from the claim still shown.
  const destination = useRef(index);
  const go = (i: number) => {
    destination.current = Math.min(Math.max(0, i), items.length - 1);
    router.push(`/sessions/${session.id}/review?i=${destination.current}`);
  };

  function decide(verdict: string) {
    if (!canWrite) {
      setMessage({ ok: false, text: t(signedOff ? "readOnly" : "roleCannot") });
      return;
    }
    startTransition(async () => {
      const r = await decideAction({ sessionId: session.id, claimId: claim.id, verdict, note, version });
      if (r.ok) {
        setVersion(r.claim.version);
        setStale(null);
        setNote("");
        setMessage({ ok: true, text: t("decidedMessage", { verdict: tv(verdict as "false") }) });
        router.refresh();
        return;
      }
      if (r.reason === "STALE" && "current" in r && r.current) {
        setStale({ current: r.current, updatedBy: r.updatedBy?.label ?? null });
        setVersion(r.current.version);
      }
      setMessage({ ok: false, text: failureText(r) });
    });
  }

  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable='true']")) {
        if (e.key === "Escape") target.blur();
        return;
      }
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === "n" || key === "ArrowRight") return go(destination.current + 1);
      if (key === "p" || key === "ArrowLeft") return go(destination.current - 1);
      if (key === "s") {
        e.preventDefault();
        return go(
          nextUndecided(
            items.map((i) => Boolean(i.verdict)),
            index,
          ),
        );
      }
      if (key === "t" || key === "/") {
        e.preventDefault();
        return noteRef.current?.focus();
      }
      if (key === "e" && canWrite) {
        e.preventDefault();
        setAddingEvidence(true);
        requestAnimationFrame(() => evidenceRef.current?.focus());
        return;
      }
      const verdict = verdictKeys[key];
      if (verdict) {
        e.preventDefault();
        decide(verdict);
      }
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <div className="review-mode">
      <header className="review-head">
        <h1>
          <Link href={`/sessions/${session.id}`}>
            <bdi>{session.title}</bdi>
          </Link>{" "}
          <span className="muted small">· {t("claimOf", { n: index + 1, total: items.length })}</span>
        </h1>
        <div className="progress-line">
          <progress value={decided} max={Math.max(1, items.length)} aria-label={t("decidedLabel")} />{" "}
          <span>{t("decidedOf", { decided, total: items.length })}</span>
        </div>
        <p className="small muted">
          {t.rich("pressHelp", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          {signedOff && ` ${t("signedOff")}`}
        </p>
      </header>

      <div className="two-columns">
        <div>{panels}</div>
        <div>
          <section className="panel" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">
              {t("verdict")} <VerdictBadge verdict={claim.verdict} /> <StatusBadge status={claim.status} />
            </h2>
            {decision ? (
              <p className="small">
                {t.rich("decidedHere", {
                  verdict: tv(decision.verdict as "false"),
                  by: decision.by ?? "",
                  strong: (c) => <strong>{c}</strong>,
                  bdi: (c) => <bdi>{c}</bdi>,
                })}
                {decision.note && (
                  <>
                    {" "}
                    — <span dir="auto">{decision.note}</span>
                  </>
                )}
              </p>
            ) : (
              <p className="small muted">{t("notDecided")}</p>
            )}
            {updatedBy && <p className="small muted">{t.rich("lastChanged", { who: updatedBy, bdi: (c) => <bdi>{c}</bdi> })}</p>}
            {message && (
              <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
                {message.text}
              </p>
            )}
            {stale && (
              <div className="stale panel" role="region" aria-label={t("currentValues")}>
                <p className="small">
                  {t.rich("stale", {
                    who: stale.updatedBy ?? t("someone"),
                    verdict: tv(stale.current.verdict as "false"),
                    status: stale.current.status,
                    version: stale.current.version,
                    bdi: (c) => <bdi>{c}</bdi>,
                    strong: (c) => <strong>{c}</strong>,
                  })}
                </p>
              </div>
            )}
            <div className="verdict-bar" role="group" aria-label={t("setVerdict")}>
              {verdicts.map((v, i) => (
                <button
                  key={v}
                  type="button"
                  className={claim.verdict === v ? "btn" : "btn secondary"}
                  disabled={pending || !canWrite}
                  onClick={() => decide(v)}
                  aria-keyshortcuts={`${i + 1} ${letterOf(v)}`}
                >
                  {tv(v)} <kbd>{i + 1}</kbd>
                </button>
              ))}
            </div>
            <label className="form">
              {t("note")}
              <textarea
                ref={noteRef}
                dir="auto"
                rows={3}
                value={note}
                disabled={!canWrite}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
            <nav className="review-nav" aria-label={t("queue")}>
              <button type="button" className="btn secondary small" disabled={index === 0} onClick={() => go(index - 1)}>
                {t("previous")}
              </button>{" "}
              <button
                type="button"
                className="btn secondary small"
                onClick={() =>
                  go(
                    nextUndecided(
                      items.map((i) => Boolean(i.verdict)),
                      index,
                    ),
                  )
                }
              >
                {t("skip")}
              </button>{" "}
              <button
                type="button"
                className="btn secondary small"
                disabled={index >= items.length - 1}
                onClick={() => go(index + 1)}
              >
                {t("next")}
              </button>{" "}
              <Link className="small" href={`/claims/${claim.id}`}>
                {t("openClaim")}
              </Link>
            </nav>
          </section>
          <section className="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{t("evidence")}</h2>
            {evidence}
            {canWrite &&
              (addingEvidence ? (
                <EvidenceForm
                  claimId={claim.id}
                  sessionId={session.id}
                  textRef={evidenceRef}
                  onDone={() => setAddingEvidence(false)}
                />
              ) : (
                <button type="button" className="btn secondary small" onClick={() => setAddingEvidence(true)}>
                  {t("addEvidence")}
                </button>
              ))}
          </section>
          <section className="panel" aria-labelledby="decisions-heading">
            <h2 id="decisions-heading">{t("decisions")}</h2>
            {history}
          </section>
        </div>
      </div>
    </div>
  );
}
