"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { SourceCombobox } from "@/app/_components/source-combobox";
import { addAliasAction, mergeSourcesAction } from "@/lib/sources/actions";
import type { SourceRef } from "@/lib/sources/dto";

/** Editors: add an alias, or merge this source into another one (a duplicate). */
export function SourceForms({ source }: { source: SourceRef }) {
  const router = useRouter();
  const [alias, setAlias] = useState("");
  const [target, setTarget] = useState<SourceRef | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function addAlias(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await addAliasAction({ sourceId: source.id, alias });
      if (result.ok) {
        setAlias("");
        setMessage({ kind: "ok", text: "Alias added." });
        router.refresh();
      } else setMessage({ kind: "error", text: result.message });
    });
  }

  function merge(e: React.FormEvent) {
    e.preventDefault();
    if (!target) return setMessage({ kind: "error", text: "Choose the source to merge into" });
    startTransition(async () => {
      const result = await mergeSourcesAction({ fromId: source.id, intoId: target.id });
      if (result.ok) router.push(`/sources/${result.source.id}`);
      else setMessage({ kind: "error", text: result.message });
    });
  }

  return (
    <section className="two-columns" aria-label="Edit the source">
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert" : "notice"}>
          {message.text}
        </p>
      )}
      <form className="form" onSubmit={addAlias}>
        <h2>Add an alias</h2>
        <label>
          Alias (any script or spelling)
          <input dir="auto" value={alias} onChange={(e) => setAlias(e.target.value)} required />
        </label>
        <div>
          <button className="btn" type="submit" disabled={pending}>
            Add alias
          </button>
        </div>
      </form>
      <form className="form" onSubmit={merge}>
        <h2>Merge into another source</h2>
        <p className="small muted">
          For a duplicate: its aliases, claims and articles move to the other source; both keep their history.
        </p>
        <SourceCombobox label="Merge into" value={target} onChange={(s) => setTarget(s ? { id: s.id, name: s.name } : null)} />
        <div>
          <button className="btn secondary" type="submit" disabled={pending || !target}>
            Merge
          </button>
        </div>
      </form>
    </section>
  );
}
