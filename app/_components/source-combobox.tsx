"use client";
import { useEffect, useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createSourceAction, searchSourcesAction } from "@/lib/sources/actions";
import { pick as inLanguage } from "@/lib/i18n/locale";
import { useFailureText } from "./failure-text";
import { aliasKey } from "@/lib/sources/aliases";
import type { SourceListItem, SourceRef } from "@/lib/sources/dto";
import { SOURCE_KIND_LABELS, type SourceKind } from "@/lib/sources/kinds";
import type { Reliability } from "@/lib/sources/grading";

export type PickedSource = SourceRef & { reliability?: Reliability };

type Option = { type: "source"; item: SourceListItem } | { type: "create"; name: string };

type Props = {
  label: string;
  value: SourceRef | null;
  onChange: (source: PickedSource | null) => void;
  /** Offer "Create new source" for a name that matches no alias; the new source gets this kind. */
  createAs?: SourceKind;
  onError?: (message: string) => void;
  /** True while a new source is being created (a form should not be saved meanwhile). */
  onBusy?: (busy: boolean) => void;
};

/** Type any alias (any script, quotes and brackets allowed): registry matches, or a new source. */
export function SourceCombobox({ label, value, onChange, createAs, onError, onBusy }: Props) {
  const id = useId();
  const t = useTranslations("combobox");
  const locale = useLocale();
  const failureText = useFailureText();
  const [text, setText] = useState(value?.name ?? "");
  const [items, setItems] = useState<SourceListItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !text.trim()) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      const result = await searchSourcesAction({ search: text });
      if (live && result.ok) setItems(result.items);
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, open]);

  const key = aliasKey(text);
  const shown = text.trim() ? items : [];
  const exact = shown.some((i) => [i.name, ...i.aliases].some((a) => aliasKey(a) === key));
  const options: Option[] = [
    ...shown.map((item) => ({ type: "source" as const, item })),
    ...(createAs && key && !exact ? [{ type: "create" as const, name: text.trim() }] : []),
  ];

  function pick(o: Option) {
    setOpen(false);
    if (o.type === "source") {
      setText(o.item.name);
      onChange({ id: o.item.id, name: o.item.name, reliability: o.item.reliability });
      return;
    }
    onBusy?.(true);
    startTransition(async () => {
      const result = await createSourceAction({ name: o.name, kind: createAs });
      onBusy?.(false);
      if (result.ok) {
        setText(result.source.name);
        setCreated(result.source.name);
        // no default grade to pass on, and the editor may have graded the attribution meanwhile
        onChange(result.source);
      } else if ("existing" in result && result.existing) {
        setText(result.existing.name);
        onChange(result.existing);
      } else onError?.(failureText(result));
    });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const unchosen = text.trim() !== "" && !pending && text !== value?.name;
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        dir="auto"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        aria-busy={pending}
        value={text}
        placeholder={t("placeholder")}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (!e.target.value.trim()) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {pending && <span className="small muted">{t("creating")}</span>}
      {!pending && created && created === value?.name && (
        <span className="small muted" role="note">
          {t.rich("created", { name: created, bdi: (c) => <bdi>{c}</bdi> })}
        </span>
      )}
      {unchosen && !open && <span className="small field-error">{t("pick")}</span>}
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" aria-label={t("matches", { label })} className="combobox-list">
          {options.map((o, i) => (
            <li
              key={o.type === "source" ? o.item.id : "create"}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              {o.type === "source" ? (
                <>
                  <bdi>{o.item.name}</bdi>{" "}
                  <span className="small muted">
                    {inLanguage(SOURCE_KIND_LABELS[o.item.kind], locale)}
                    {o.item.matched && <> · {t.rich("alias", { alias: o.item.matched, bdi: (c) => <bdi>{c}</bdi> })}</>}
                  </span>
                </>
              ) : (
                <>
                  {t.rich("create", {
                    name: o.name,
                    kind: inLanguage(SOURCE_KIND_LABELS[createAs!], locale).toLowerCase(),
                    bdi: (c) => <bdi>{c}</bdi>,
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
