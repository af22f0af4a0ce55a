"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import type { ClaimsQuery } from "@/lib/claims/query";
import { claimStatuses, verdicts } from "@/lib/claims/schema";
import { claimColumns, type ClaimColumn } from "@/lib/claims/table-params";
import { ATTRIBUTION_KINDS, ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";
import type { FacetOption } from "@/lib/links/data";
import { FacetSelect } from "@/app/_components/facet-select";
import { useTableUrl } from "./use-table-url";

function MultiSelect<T extends string>({
  label,
  options,
  selected,
  onChange,
  labelOf,
}: {
  label: string;
  options: readonly T[];
  selected: T[] | undefined;
  onChange: (values: T[]) => void;
  labelOf?: (v: T) => string;
}) {
  const chosen = new Set(selected ?? []);
  const ref = useRef<HTMLDetailsElement>(null);
  // A popover closes on Escape and on a click elsewhere, as menus do.
  useEffect(() => {
    const close = (e: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  return (
    <details className="multi" ref={ref}>
      <summary>
        {label}
        {chosen.size > 0 && <span className="badge">{chosen.size}</span>}
      </summary>
      <fieldset>
        <legend className="sr-only">{label}</legend>
        {options.map((o) => (
          <label key={o}>
            <input
              type="checkbox"
              checked={chosen.has(o)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(o);
                else next.delete(o);
                onChange(options.filter((x) => next.has(x)));
              }}
            />{" "}
            {labelOf ? labelOf(o) : o.replace(/_/g, " ")}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

type Facets = { places: FacetOption[]; actors: FacetOption[] };

export function FilterBar({ query, columns, facets }: { query: ClaimsQuery; columns: ClaimColumn[]; facets: Facets }) {
  const go = useTableUrl(query, columns);
  const t = useTranslations("claims");
  const tv = useTranslations("verdict");
  const ts = useTranslations("status");
  const locale = useLocale();
  const [search, setSearch] = useState(query.search ?? "");
  return (
    <div className="filter-bar" role="search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go({ search: search.trim() || undefined });
        }}
      >
        <label>
          <span className="sr-only">{t("searchLabel")}</span>
          <input
            type="search"
            dir="auto"
            placeholder={t("searchPlaceholder")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>{" "}
        <button className="btn small" type="submit">
          {t("search")}
        </button>
      </form>
      <MultiSelect
        label={t("col.verdict")}
        options={verdicts}
        selected={query.verdict}
        onChange={(v) => go({ verdict: v })}
        labelOf={(v) => tv(v)}
      />
      <MultiSelect
        label={t("col.status")}
        options={claimStatuses}
        selected={query.status}
        onChange={(v) => go({ status: v })}
        labelOf={(s) => ts(s)}
      />
      <MultiSelect
        label={t("col.kind")}
        options={ATTRIBUTION_KINDS}
        selected={query.kind}
        onChange={(v) => go({ kind: v })}
        labelOf={(k) => pick(ATTRIBUTION_KIND_LABELS[k], locale)}
      />
      <FacetSelect
        any={t("any")}
        label={t("place")}
        options={facets.places}
        value={query.place}
        onChange={(place) => go({ place })}
      />
      <FacetSelect
        any={t("any")}
        label={t("actor")}
        options={facets.actors}
        value={query.actor}
        onChange={(actor) => go({ actor })}
      />
      <label className="inline">
        {t("from")} <input type="date" value={query.from ?? ""} onChange={(e) => go({ from: e.target.value || undefined })} />
      </label>
      <label className="inline">
        {t("to")} <input type="date" value={query.to ?? ""} onChange={(e) => go({ to: e.target.value || undefined })} />
      </label>
      <label className="inline">
        {t("col.conflicts")}{" "}
        <select
          value={query.conflicts ?? ""}
          onChange={(e) => go({ conflicts: (e.target.value || undefined) as ClaimsQuery["conflicts"] })}
        >
          <option value="">{t("any")}</option>
          <option value="open">{t("open")}</option>
          <option value="none">{t("noneOption")}</option>
        </select>
      </label>
      <ColumnMenu columns={columns} onChange={(next) => go({}, next)} />
      <Link className="small" href="/claims">
        {t("clear")}
      </Link>
    </div>
  );
}

function ColumnMenu({ columns, onChange }: { columns: ClaimColumn[]; onChange: (c: ClaimColumn[]) => void }) {
  const t = useTranslations("claims");
  const hidden = claimColumns.filter((c) => !columns.includes(c));
  const move = (c: ClaimColumn, by: number) => {
    const i = columns.indexOf(c);
    const j = i + by;
    if (j < 0 || j >= columns.length) return;
    const next = [...columns];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  return (
    <details className="multi">
      <summary>{t("columns")}</summary>
      <ul className="column-menu">
        {columns.map((c) => (
          <li key={c}>
            <label>
              <input type="checkbox" checked disabled={c === "claim"} onChange={() => onChange(columns.filter((x) => x !== c))} />{" "}
              {t(`col.${c}`)}
            </label>{" "}
            <button
              type="button"
              className="link-button"
              aria-label={t("earlier", { column: t(`col.${c}`) })}
              onClick={() => move(c, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={t("later", { column: t(`col.${c}`) })}
              onClick={() => move(c, 1)}
            >
              ↓
            </button>
          </li>
        ))}
        {hidden.map((c) => (
          <li key={c}>
            <label>
              <input type="checkbox" checked={false} onChange={() => onChange([...columns, c])} /> {t(`col.${c}`)}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
