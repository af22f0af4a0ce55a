"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import { useLinkReasonText } from "@/app/_components/reason-text";
import type { LinkView } from "@/lib/links/data";
import { updateLinkAction } from "@/lib/links/actions";
import { linkReasons } from "@/lib/links/reasons";
import type { LinkStatus } from "@/lib/links/schema";
import { nextStatuses } from "@/lib/links/transitions";
import { ClaimCard } from "./claim-card";

type Message = { kind: "ok" | "error"; text: string };

export function ConflictBoard({ links, canWrite }: { links: LinkView[]; canWrite: boolean }) {
  const t = useTranslations("conflicts");
  const tl = useTranslations("links");
  const failureText = useFailureText();
  const reasonText = useLinkReasonText();
  const router = useRouter();
  const items = useRef(new Map<string, HTMLLIElement>());
  const [resolving, setResolving] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();

  const focusAt = (i: number) => {
    const link = links[Math.max(0, Math.min(links.length - 1, i))];
    if (link) items.current.get(link.id)?.focus();
  };

  // J / K from anywhere on the page (not while typing) start at the first or the last card.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || links.length === 0) return;
      const key = e.key.toLowerCase();
      if (key !== "j" && key !== "k") return;
      const active = document.activeElement as HTMLElement | null;
      if (active?.closest("input, textarea, select, [contenteditable='true'], .conflict-list > li")) return;
      e.preventDefault();
      focusAt(key === "j" ? 0 : links.length - 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  /** The card after this one (or before it, at the end), where the focus goes once this one is handled. */
  const neighbourOf = (link: LinkView) => {
    const i = links.findIndex((l) => l.id === link.id);
    return (links[i + 1] ?? links[i - 1])?.id ?? link.id;
  };

  function act(link: LinkView, status: LinkStatus, resolutionNote?: string) {
    const after = status === "confirmed" || status === "dismissed" ? neighbourOf(link) : link.id;
    startTransition(async () => {
      const result = await updateLinkAction({ linkId: link.id, status, resolutionNote, version: link.version });
      if (result.ok) {
        setResolving(null);
        setNote("");
        setNoteError(null);
        setMessage({
          kind: "ok",
          text: t.has(`done.${status}` as "done.resolved") ? t(`done.${status}` as "done.resolved") : t("saved"),
        });
        router.refresh();
        items.current.get(after)?.focus();
      } else if (result.reason === "NOTE_REQUIRED") setNoteError(result.message);
      else setMessage({ kind: "error", text: failureText(result) });
    });
  }

  function startResolve(link: LinkView) {
    if (!nextStatuses(link.type, link.status).includes("resolved")) {
      setMessage({
        kind: "error",
        text: link.status === "proposed" ? t("confirmFirst") : t("cannotResolve", { status: tl(`status.${link.status}`) }),
      });
      return;
    }
    setNote(link.resolutionNote ?? "");
    setNoteError(null);
    setResolving(link.id);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLLIElement>, link: LinkView, index: number) {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === "j" || e.key === "ArrowDown") focusAt(index + 1);
    else if (key === "k" || e.key === "ArrowUp") focusAt(index - 1);
    else if (!canWrite || pending) return;
    else if (key === "c" && nextStatuses(link.type, link.status).includes("confirmed")) act(link, "confirmed");
    else if (key === "d" && nextStatuses(link.type, link.status).includes("dismissed")) act(link, "dismissed");
    else if (key === "r") startResolve(link);
    else return;
    e.preventDefault();
  }

  if (links.length === 0) return <p className="muted">{t("nothing")}</p>;
  return (
    <>
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert" : "notice"}>
          {message.text}
        </p>
      )}
      <ol className="conflict-list" aria-label={tl("label")}>
        {links.map((link, i) => {
          const next = nextStatuses(link.type, link.status);
          return (
            <li
              key={link.id}
              ref={(el) => {
                if (el) items.current.set(link.id, el);
                else items.current.delete(link.id);
              }}
              tabIndex={0}
              className="panel conflict"
              aria-label={`${tl(`type.${link.type as "contradicts"}`)}, ${tl(`status.${link.status}`)}${link.score !== null ? `, ${t("score", { score: link.score })}` : ""}`}
              onKeyDown={(e) => onKeyDown(e, link, i)}
            >
              <div className="conflict-head small">
                <span className="badge">{tl(`type.${link.type as "contradicts"}`)}</span>{" "}
                <span className={`badge status-${link.status}`}>{tl(`status.${link.status}`)}</span>{" "}
                {link.score !== null && <span className="badge">{t("score", { score: link.score.toFixed(2) })}</span>}{" "}
                <span className="muted">
                  {t("proposedBy", {
                    by: t.has(`by.${link.proposedBy}` as "by.system")
                      ? t(`by.${link.proposedBy}` as "by.system")
                      : link.proposedBy,
                  })}
                </span>
              </div>
              <div className="link-sides">
                <ClaimCard claim={link.a} label={t("claimA")} />
                <ClaimCard claim={link.b} label={t("claimB")} />
              </div>
              {link.reasons.length > 0 && (
                <ul className="reasons small" aria-label={t("reasons")}>
                  {linkReasons(link).map((r, k) => (
                    <li key={k} dir="auto">
                      {reasonText(r)}
                    </li>
                  ))}
                </ul>
              )}
              {link.resolutionNote && (
                <p className="small">
                  {t("resolution")} <bdi className="statement">{link.resolutionNote}</bdi>
                </p>
              )}
              <div className="claim-actions">
                {canWrite && next.includes("confirmed") && (
                  <button type="button" className="btn small" disabled={pending} onClick={() => act(link, "confirmed")}>
                    {t("confirm")}
                  </button>
                )}
                {canWrite && next.includes("dismissed") && (
                  <button type="button" className="btn secondary small" disabled={pending} onClick={() => act(link, "dismissed")}>
                    {t("dismiss")}
                  </button>
                )}
                {canWrite && next.includes("resolved") && resolving !== link.id && (
                  <button type="button" className="btn secondary small" disabled={pending} onClick={() => startResolve(link)}>
                    {t("resolve")}
                  </button>
                )}
                <Link className="small" href={`/claims/${link.a.id}/history`}>
                  {t("history")}
                </Link>
              </div>
              {resolving === link.id && (
                <form
                  className="form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    act(link, "resolved", note);
                  }}
                >
                  <label>
                    {t("note")}
                    <textarea
                      autoFocus
                      dir="auto"
                      rows={2}
                      value={note}
                      aria-invalid={noteError ? true : undefined}
                      aria-describedby={noteError ? `note-error-${link.id}` : undefined}
                      placeholder={t("notePlaceholder")}
                      onChange={(e) => setNote(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === "Enter" && !e.shiftKey) {
                          e.preventDefault();
                          act(link, "resolved", note);
                        } else if (e.key === "Escape") {
                          setResolving(null);
                          items.current.get(link.id)?.focus();
                        }
                      }}
                    />
                  </label>
                  {noteError && (
                    <p id={`note-error-${link.id}`} className="field-error">
                      {noteError}
                    </p>
                  )}
                  <div>
                    <button className="btn" type="submit" disabled={pending}>
                      {t("save")}
                    </button>{" "}
                    <button className="btn secondary" type="button" onClick={() => setResolving(null)}>
                      {t("cancel")}
                    </button>
                  </div>
                </form>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
