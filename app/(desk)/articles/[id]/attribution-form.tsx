"use client";
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { explain, pick } from "@/lib/i18n/locale";
import { SourceCombobox } from "@/app/_components/source-combobox";
import { attributionInput, type AttributionDto, type SourceRef } from "@/lib/sources/dto";
import {
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  DEFAULT_CREDIBILITY,
  DEFAULT_RELIABILITY,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  type Credibility,
  type Reliability,
} from "@/lib/sources/grading";
import {
  ATTRIBUTION_KIND_LABELS,
  ATTRIBUTION_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  type AttributionKind,
  type Channel,
  type SourceKind,
} from "@/lib/sources/kinds";

// The form that edits a claim's attributions: kind, channel, source, affiliation, relay, grades and cue per line.

/** The kind of registry source a new name most likely is, from how it is cited. */
const SOURCE_KIND_FOR: Record<AttributionKind, SourceKind> = {
  anonymous: "organization",
  official_statement: "person",
  monitor_report: "monitor",
  correspondent: "outlet",
  media_report: "outlet",
  think_tank_report: "think_tank",
  social_media_post: "social_media_account",
  unattributed: "outlet",
};
const hasNamedSource = (kind: AttributionKind) => kind !== "anonymous" && kind !== "unattributed";

type Row = {
  kind: AttributionKind;
  channel: Channel | null;
  source: SourceRef | null;
  affiliation: string;
  via: SourceRef | null;
  reliability: Reliability;
  credibility: Credibility;
  cue: string;
};

const fromDto = (a: AttributionDto): Row => ({ ...a, affiliation: a.affiliation ?? "", cue: a.cue ?? "" });
const blank = (): Row => ({
  kind: "unattributed",
  channel: null,
  source: null,
  affiliation: "",
  via: null,
  reliability: DEFAULT_RELIABILITY.unattributed,
  credibility: DEFAULT_CREDIBILITY.unattributed,
  cue: "",
});

export function AttributionForm({
  initial,
  pending,
  onSave,
  onCancel,
  onError,
}: {
  initial: AttributionDto[];
  pending: boolean;
  onSave: (rows: ReturnType<typeof attributionInput>[]) => void;
  onCancel: () => void;
  onError: (message: string) => void;
}) {
  const t = useTranslations("attribution");
  const locale = useLocale();
  const [rows, setRows] = useState<Row[]>(initial.length > 0 ? initial.map(fromDto) : [blank()]);
  const [busy, setBusy] = useState(0);
  const onBusy = (b: boolean) => setBusy((n) => n + (b ? 1 : -1));
  const update = (i: number, change: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <form
      className="form attribution-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(
          rows.map((r) =>
            attributionInput({
              ...r,
              source: hasNamedSource(r.kind) ? r.source : null,
              affiliation: r.affiliation.trim() || null,
              cue: r.cue.trim() || null,
            }),
          ),
        );
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      {rows.map((row, i) => (
        <fieldset key={i} className="attribution-row">
          <legend>{t("nth", { n: i + 1 })}</legend>
          <label>
            {t("kind")}
            <select
              value={row.kind}
              onChange={(e) => {
                const kind = e.target.value as AttributionKind;
                update(i, { kind, ...(hasNamedSource(kind) ? {} : { source: null }) });
              }}
            >
              {ATTRIBUTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {pick(ATTRIBUTION_KIND_LABELS[k], locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("channel")}
            <select
              value={row.channel ?? ""}
              onChange={(e) => update(i, { channel: (e.target.value || null) as Channel | null })}
            >
              <option value="">{t("notStated")}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {pick(CHANNEL_LABELS[c], locale)}
                </option>
              ))}
            </select>
          </label>
          {hasNamedSource(row.kind) && (
            <SourceCombobox
              label={t("source")}
              value={row.source}
              createAs={SOURCE_KIND_FOR[row.kind]}
              onError={onError}
              onBusy={onBusy}
              onChange={(s) =>
                update(i, {
                  source: s ? { id: s.id, name: s.name } : null,
                  ...(s?.reliability ? { reliability: s.reliability } : {}),
                })
              }
            />
          )}
          <label>
            {t("affiliation")} {row.kind === "anonymous" && <span className="muted">{t("affiliationHint")}</span>}
            <input dir="auto" value={row.affiliation} onChange={(e) => update(i, { affiliation: e.target.value })} />
          </label>
          <SourceCombobox
            label={t("viaLabel")}
            value={row.via}
            createAs="outlet"
            onError={onError}
            onBusy={onBusy}
            onChange={(s) => update(i, { via: s ? { id: s.id, name: s.name } : null })}
          />
          <GradeSelect
            label={t("reliability")}
            value={row.reliability}
            options={RELIABILITY_GRADES.map((g) => ({
              value: g,
              name: pick(RELIABILITY_LABELS[g], locale),
              help: explain(RELIABILITY_LABELS[g], locale),
            }))}
            onChange={(v) => update(i, { reliability: v as Reliability })}
          />
          <GradeSelect
            label={t("credibility")}
            value={row.credibility}
            options={CREDIBILITY_GRADES.map((g) => ({
              value: g,
              name: pick(CREDIBILITY_LABELS[g], locale),
              help: explain(CREDIBILITY_LABELS[g], locale),
            }))}
            onChange={(v) => update(i, { credibility: Number(v) as Credibility })}
          />
          <label>
            {t("cue")}
            <input dir="auto" value={row.cue} onChange={(e) => update(i, { cue: e.target.value })} />
          </label>
          <button type="button" className="btn secondary small" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
            {t("remove", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="claim-actions">
        <button type="button" className="btn secondary small" onClick={() => setRows((rs) => [...rs, blank()])}>
          {t("add")}
        </button>
        <button type="submit" className="btn small" disabled={pending || busy > 0}>
          {t("save")}
        </button>
        <button type="button" className="btn secondary small" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function GradeSelect<V extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: { value: V; name: string; help: string }[];
  onChange: (v: string) => void;
}) {
  const help = useId();
  const current = options.find((o) => o.value === value);
  return (
    <div className="grade-field">
      <label>
        {label}
        <select value={value} aria-describedby={help} onChange={(e) => onChange(e.target.value)} title={current?.help}>
          {options.map((o) => (
            <option key={o.value} value={o.value} title={o.help}>
              {o.value} — {o.name}
            </option>
          ))}
        </select>
      </label>
      <span id={help} className="small muted grade-help">
        {current?.help}
      </span>
    </div>
  );
}
