"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

export type ExportScopeParams = { session?: string; article?: string; query?: string };

const formats = ["csv", "json", "claimreview", "html", "pdf"] as const;

type State =
  | { kind: "idle" }
  | { kind: "busy"; label: string; claims: number | null; bytes: number }
  | { kind: "done"; message: string }
  | { kind: "error"; message: string };

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function fileNameOf(response: Response, fallback: string) {
  return response.headers.get("Content-Disposition")?.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

/** Downloads with fetch so that a long export shows progress, then hands the file to the browser. */
export function ExportMenuClient({ scope, pdfAvailable }: { scope: ExportScopeParams; pdfAvailable: boolean }) {
  const t = useTranslations("export");
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (e.key === "X" && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setOpen(true);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
  }, [open]);

  function onMenuKey(e: React.KeyboardEvent) {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = (i + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    }
  }

  async function run(format: string, label: string) {
    setOpen(false);
    setState({ kind: "busy", label, claims: null, bytes: 0 });
    const params = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(scope)) if (v !== undefined) params.set(k, v);
    try {
      const response = await fetch(`/api/exports?${params}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "error", message: body?.error?.message ?? t("failed", { status: response.status }) });
        return;
      }
      const claims = Number(response.headers.get("X-Export-Claims")) || null;
      const reader = response.body!.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        setState({ kind: "busy", label, claims, bytes });
      }
      const blob = new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(response, `claimdesk-export.${format}`);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: "done", message: t("done", { label, claims: claims ?? "?", size: size(bytes), file: a.download }) });
    } catch {
      setState({ kind: "error", message: t("interrupted") });
    }
  }

  const busy = state.kind === "busy";
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="btn secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-keyshortcuts="Shift+X"
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
      >
        {t("button")} <kbd>X</kbd>
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label={t("button")} className="export-menu-list" onKeyDown={onMenuKey}>
          {formats.map((f) => {
            const unavailable = f === "pdf" && !pdfAvailable;
            return (
              <li key={f} role="none">
                <button type="button" role="menuitem" disabled={unavailable} onClick={() => run(f, t(`format.${f}`))}>
                  {t(`format.${f}`)}
                  {unavailable && <span className="small muted"> — {t("noChromium")}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {busy && <progress aria-label={t("progress")} />}
      <span role="status" aria-live="polite" className="small export-status">
        {state.kind === "busy" &&
          t("busy", { label: state.label, claims: state.claims ?? 0, size: state.bytes ? size(state.bytes) : "" })}
        {state.kind === "done" && state.message}
      </span>
      {state.kind === "error" && (
        <span role="alert" className="field-error small">
          {state.message}
        </span>
      )}
    </div>
  );
}
