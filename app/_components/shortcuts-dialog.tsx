"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** The shortcut groups and their keys; what each does is in the message catalogs (shortcuts.<group>.<id>). */
const GROUPS = {
  everywhere: { help: "?", close: "Esc", focus: "Tab / Shift+Tab" },
  reader: {
    move: "← →",
    extend: "Shift+← →",
    create: "C / Enter",
    accept: "A",
    reject: "R",
    confirm: "Y",
    edit: "E",
    export: "Shift+X",
  },
  review: { verdict: "1–6 / u c x f m v", next: "n / →", previous: "p / ←", skip: "s", note: "t / /", evidence: "e" },
  conflicts: { move: "J / K", confirm: "C", dismiss: "D", resolve: "R" },
  table: { export: "Shift+X" },
} as const;

function typing(target: EventTarget | null) {
  return target instanceof HTMLElement && Boolean(target.closest("input, textarea, select, [contenteditable='true']"));
}

/** `?` anywhere on the desk opens the list of keyboard shortcuts; Esc closes it. */
export function ShortcutsDialog() {
  const t = useTranslations("shortcuts");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "?" || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      const d = dialog.current;
      if (d?.open) d.close();
      else d?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="linklike"
        onClick={() => dialog.current?.showModal()}
        aria-keyshortcuts="?"
        title={t("title")}
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">{t("open")}</span>
      </button>
      <dialog ref={dialog} className="panel shortcuts" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t("title")}</h2>
        {Object.entries(GROUPS).map(([group, keys]) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{t(`${group as keyof typeof GROUPS}.title`)}</h3>
            <dl className="meta-list small">
              {Object.entries(keys).map(([id, k]) => (
                <div key={id} className="contents">
                  <dt>
                    <kbd dir="ltr">{k}</kbd>
                  </dt>
                  {/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- keys come from GROUPS above */}
                  <dd>{t(`${group}.${id}` as any)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <form method="dialog">
          <button className="btn secondary small" type="submit" autoFocus>
            {t("close")}
          </button>
        </form>
      </dialog>
    </>
  );
}
