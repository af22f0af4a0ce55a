"use client";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import type { ClaimDto } from "@/lib/claims/dto";
import { verdicts } from "@/lib/claims/schema";
import { decideAction } from "@/lib/review/actions";
import { nextUndecided } from "@/lib/review/rules";
import { EvidenceForm } from "@/app/_components/evidence-form";

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

const shortcuts: Array<[string, string]> = [
  ["1–6 or u c x f m v", "set the verdict: unverified, corroborated, contested, false, misleading, unverifiable"],
  ["n or →", "next claim"],
  ["p or ←", "previous claim"],
  ["s", "skip to the next undecided claim"],
  ["t or /", "write a note (Esc leaves the field)"],
  ["e", "add evidence"],
  ["?", "show or hide these shortcuts"],
];

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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState("");
  const [version, setVersion] = useState(claim.version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const [help, setHelp] = useState(false);
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
      setMessage({ ok: false, text: signedOff ? "This session is signed off and read-only." : "Your role cannot decide." });
      return;
    }
    startTransition(async () => {
      const r = await decideAction({ sessionId: session.id, claimId: claim.id, verdict, note, version });
      if (r.ok) {
        setVersion(r.claim.version);
        setStale(null);
        setNote("");
        setMessage({ ok: true, text: `Decided: ${verdict}.` });
        router.refresh();
        return;
      }
      if (r.reason === "STALE" && "current" in r && r.current) {
        setStale({ current: r.current, updatedBy: r.updatedBy?.label ?? null });
        setVersion(r.current.version);
      }
      setMessage({ ok: false, text: r.message });
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
      if (key === "Escape") return setHelp(false);
      if (key === "?") return setHelp((h) => !h);
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
          <span className="muted small">
            · claim {index + 1} of {items.length}
          </span>
        </h1>
        <div className="progress-line">
          <progress value={decided} max={Math.max(1, items.length)} aria-label="Decided" />{" "}
          <span>
            Decided {decided} of {items.length}
          </span>
        </div>
        <p className="small muted">
          Press <kbd>?</kbd> for the keyboard shortcuts.
          {signedOff && " This session is signed off: read-only."}
        </p>
      </header>

      {help && (
        <section role="dialog" aria-label="Keyboard shortcuts" className="panel shortcuts">
          <h2>Keyboard shortcuts</h2>
          <dl className="meta-list small">
            {shortcuts.map(([k, what]) => (
              <div key={k} className="contents">
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="btn secondary small" onClick={() => setHelp(false)}>
            Close
          </button>
        </section>
      )}

      <div className="two-columns">
        <div>{panels}</div>
        <div>
          <section className="panel" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">
              Verdict: <span className="badge">{claim.verdict}</span> <span className="badge">{claim.status}</span>
            </h2>
            {decision ? (
              <p className="small">
                Decided in this session: <strong>{decision.verdict}</strong> by <bdi>{decision.by}</bdi>
                {decision.note && (
                  <>
                    {" "}
                    — <span dir="auto">{decision.note}</span>
                  </>
                )}
              </p>
            ) : (
              <p className="small muted">Not decided in this session yet.</p>
            )}
            {updatedBy && <p className="small muted">Last changed by {updatedBy}</p>}
            {message && (
              <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
                {message.text}
              </p>
            )}
            {stale && (
              <div className="stale panel" role="region" aria-label="Current values">
                <p className="small">
                  Changed by <bdi>{stale.updatedBy ?? "someone"}</bdi>: verdict <strong>{stale.current.verdict}</strong>, status{" "}
                  {stale.current.status} (version {stale.current.version}). Your note is kept: set the verdict again to apply
                  yours.
                </p>
              </div>
            )}
            <div className="verdict-bar" role="group" aria-label="Set the verdict">
              {verdicts.map((v, i) => (
                <button
                  key={v}
                  type="button"
                  className={claim.verdict === v ? "btn" : "btn secondary"}
                  disabled={pending || !canWrite}
                  onClick={() => decide(v)}
                  aria-keyshortcuts={`${i + 1} ${letterOf(v)}`}
                >
                  {v} <kbd>{i + 1}</kbd>
                </button>
              ))}
            </div>
            <label className="form">
              Note (the reason; press t or / to write, Esc to leave)
              <textarea
                ref={noteRef}
                dir="auto"
                rows={3}
                value={note}
                disabled={!canWrite}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
            <nav className="review-nav" aria-label="Queue">
              <button type="button" className="btn secondary small" disabled={index === 0} onClick={() => go(index - 1)}>
                ← Previous (p)
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
                Skip (s)
              </button>{" "}
              <button
                type="button"
                className="btn secondary small"
                disabled={index >= items.length - 1}
                onClick={() => go(index + 1)}
              >
                Next (n) →
              </button>{" "}
              <Link className="small" href={`/claims/${claim.id}`}>
                Open the claim page
              </Link>
            </nav>
          </section>
          <section className="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence</h2>
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
                  Add evidence (e)
                </button>
              ))}
          </section>
          <section className="panel" aria-labelledby="decisions-heading">
            <h2 id="decisions-heading">Decisions and history</h2>
            {history}
          </section>
        </div>
      </div>
    </div>
  );
}
