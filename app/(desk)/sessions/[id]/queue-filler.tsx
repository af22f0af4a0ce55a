"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import type { QueueCandidate } from "@/lib/review/data";
import { addToQueueAction, previewQueueAction } from "@/lib/review/actions";

type Props = {
  sessionId: string;
  articles: Array<{ id: string; title: string }>;
  outlets: Array<{ id: string; name: string }>;
  attributionKinds: string[];
};

/** Fill the queue: filter the claims, then add all matches or just the ones picked. */
export function QueueFiller({ sessionId, articles, outlets, attributionKinds }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [candidates, setCandidates] = useState<QueueCandidate[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <section className="panel" aria-labelledby="fill-heading">
      <h2 id="fill-heading">Add claims to the queue</h2>
      <form
        className="filter-bar small"
        aria-label="Find claims"
        onSubmit={(e) => {
          e.preventDefault();
          const filter = Object.fromEntries(new FormData(e.currentTarget).entries());
          startTransition(async () => {
            const r = await previewQueueAction({ ...filter, sessionId });
            if (r.ok) {
              const fresh = r.claims.filter((c) => !c.queued);
              setCandidates(r.claims);
              setPicked(new Set(fresh.map((c) => c.id)));
              setMessage(null);
            } else setMessage({ ok: false, text: r.message });
          });
        }}
      >
        <label>
          Article{" "}
          <select name="articleId" defaultValue="">
            <option value="">any</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 60 ? `${a.title.slice(0, 60)}…` : a.title}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Outlet{" "}
          <select name="outletId" defaultValue="">
            <option value="">any</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Attribution{" "}
          <select name="attributionKind" defaultValue="">
            <option value="">any</option>
            {attributionKinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Verdict{" "}
          <select name="verdict" defaultValue="">
            <option value="">any</option>
            {verdicts.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Status{" "}
          <select name="status" defaultValue="">
            <option value="">any</option>
            {claimStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>{" "}
        <button className="btn secondary small" type="submit" disabled={pending}>
          Find claims
        </button>
      </form>
      {candidates && (
        <>
          <p className="small muted">
            {candidates.length} matching {candidates.length === 1 ? "claim" : "claims"}; {picked.size} picked.
          </p>
          <ul className="plain candidate-list" aria-label="Matching claims">
            {candidates.map((c) => (
              <li key={c.id}>
                <label className="inline">
                  <input
                    type="checkbox"
                    disabled={c.queued}
                    checked={c.queued || picked.has(c.id)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(c.id);
                      else next.delete(c.id);
                      setPicked(next);
                    }}
                  />{" "}
                  <q dir="auto">{c.quote.length > 140 ? `${c.quote.slice(0, 140)}…` : c.quote}</q>{" "}
                  <span className="small muted">
                    <bdi>{c.articleTitle}</bdi> · {c.verdict} · {c.status}
                    {c.queued && " · already queued"}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn"
            disabled={pending || picked.size === 0}
            onClick={() =>
              startTransition(async () => {
                const r = await addToQueueAction({ sessionId, claimIds: [...picked] });
                if (r.ok) {
                  setMessage({ ok: true, text: `Added ${r.added} ${r.added === 1 ? "claim" : "claims"} to the queue.` });
                  setCandidates(null);
                  router.refresh();
                } else setMessage({ ok: false, text: r.message });
              })
            }
          >
            Add {picked.size} to the queue
          </button>
        </>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "alert"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
