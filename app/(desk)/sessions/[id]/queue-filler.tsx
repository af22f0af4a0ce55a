"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import type { QueueCandidate } from "@/lib/review/data";
import type { FacetOption } from "@/lib/links/data";
import { ATTRIBUTION_KINDS, ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";
import { addToQueueAction, previewQueueAction } from "@/lib/review/actions";

type Props = {
  sessionId: string;
  articles: Array<{ id: string; title: string }>;
  outlets: Array<{ id: string; name: string }>;
  places: FacetOption[];
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** One filter of the claims query as a select whose empty choice means "any". */
function Choice({ label, name, options }: { label: string; name: string; options: Array<{ value: string; label: string }> }) {
  return (
    <>
      <label>
        {label}{" "}
        <select name={name} defaultValue="">
          <option value="">any</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>{" "}
    </>
  );
}

/** Fill the queue: filter the claims (the claims table's filters), then add all matches or just the ones picked. */
export function QueueFiller({ sessionId, articles, outlets, places }: Props) {
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
          const query = Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v)]));
          startTransition(async () => {
            const r = await previewQueueAction({ query, sessionId });
            if (r.ok) {
              const fresh = r.claims.filter((c) => !c.queued);
              setCandidates(r.claims);
              setPicked(new Set(fresh.map((c) => c.id)));
              setMessage(null);
            } else setMessage({ ok: false, text: r.message });
          });
        }}
      >
        <Choice label="Article" name="article" options={articles.map((a) => ({ value: a.id, label: shorten(a.title, 60) }))} />
        <Choice label="Outlet" name="outlet" options={outlets.map((o) => ({ value: o.id, label: o.name }))} />
        <Choice label="Place" name="place" options={places.map((p) => ({ value: p.id, label: `${p.label} (${p.count})` }))} />
        <Choice
          label="Attribution"
          name="kind"
          options={ATTRIBUTION_KINDS.map((k) => ({ value: k, label: ATTRIBUTION_KIND_LABELS[k].en }))}
        />
        <Choice label="Verdict" name="verdict" options={verdicts.map((v) => ({ value: v, label: v }))} />
        <Choice label="Status" name="status" options={claimStatuses.map((v) => ({ value: v, label: v.replace("_", " ") }))} />
        <Choice
          label="Conflicts"
          name="conflicts"
          options={[
            { value: "open", label: "open" },
            { value: "none", label: "none" },
          ]}
        />
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
                  <q dir="auto">{shorten(c.quote, 140)}</q>{" "}
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
