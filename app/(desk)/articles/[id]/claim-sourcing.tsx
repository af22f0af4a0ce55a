"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import { useFailureText } from "@/app/_components/failure-text";
import { gradeTitle, SourcingBadge } from "@/app/_components/sourcing-badge";
import { setAttributionsAction } from "@/lib/sources/actions";
import { attributionInput, type AttributionDto, type ClaimSourcing } from "@/lib/sources/dto";
import { ATTRIBUTION_KIND_LABELS, CHANNEL_LABELS } from "@/lib/sources/kinds";
import { AttributionForm } from "./attribution-form";

type Notify = (m: { kind: "error" | "ok"; text: string }) => void;
type Claim = ClaimSourcing & { id: string; version: number };

export function ClaimSourcingPanel({ claim, canWrite, onMessage }: { claim: Claim; canWrite: boolean; onMessage: Notify }) {
  const t = useTranslations("attribution");
  const failureText = useFailureText();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const suggested = !claim.attributionsConfirmed && claim.attributions.length > 0;

  function save(attributions: ReturnType<typeof attributionInput>[], done: string) {
    startTransition(async () => {
      const result = await setAttributionsAction({ claimId: claim.id, version: claim.version, attributions });
      if (result.ok) {
        setEditing(false);
        onMessage({ kind: "ok", text: done });
      } else onMessage({ kind: "error", text: failureText(result) });
      router.refresh();
    });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLElement>) {
    if (!canWrite || editing || e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    // Enter on the panel itself (not on one of its buttons) confirms the suggestion, a proposed new source included.
    if ((e.key === "y" || (e.key === "Enter" && e.target === e.currentTarget)) && suggested) {
      e.preventDefault();
      save(claim.attributions.map(attributionInput), t("confirmed"));
    } else if (e.key === "e") {
      e.preventDefault();
      setEditing(true);
    }
  }

  return (
    <section className="sourcing" aria-label={t("label")} tabIndex={canWrite ? 0 : undefined} onKeyDown={onKeyDown}>
      <div className="small">
        <SourcingBadge strength={claim.sourcingStrength} attributions={claim.attributions} />{" "}
        {suggested && (
          <span className="badge warn" title={t("suggestedTitle")}>
            {t("suggested")}
          </span>
        )}
      </div>
      {!editing && claim.attributions.length > 0 && (
        <ul className="attribution-list small">
          {claim.attributions.map((a, i) => (
            <AttributionLine key={i} a={a} />
          ))}
        </ul>
      )}
      {claim.corroboration.claims > 0 && (
        <p className="small">{t("corroborated", { claims: claim.corroboration.claims, origins: claim.corroboration.origins })}</p>
      )}
      {canWrite && !editing && (
        <div className="claim-actions">
          {suggested && (
            <button
              type="button"
              className="btn small"
              disabled={pending}
              onClick={() => save(claim.attributions.map(attributionInput), t("confirmed"))}
            >
              {t("confirm")}
            </button>
          )}
          <button type="button" className="btn secondary small" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
        </div>
      )}
      {editing && (
        <AttributionForm
          initial={claim.attributions}
          pending={pending}
          onCancel={() => setEditing(false)}
          onSave={(rows) => save(rows, t("saved"))}
          onError={(text) => onMessage({ kind: "error", text })}
        />
      )}
    </section>
  );
}

function AttributionLine({ a }: { a: AttributionDto }) {
  const t = useTranslations("attribution");
  const ts = useTranslations("sourcing");
  const locale = useLocale();
  return (
    <li>
      {pick(ATTRIBUTION_KIND_LABELS[a.kind], locale)}
      {a.source && (
        <>
          {": "}
          <Link href={`/sources/${a.source.id}`}>
            <bdi>{a.source.name}</bdi>
          </Link>
        </>
      )}
      {a.affiliation && <>{t.rich("affiliated", { who: a.affiliation, bdi: (c) => <bdi>{c}</bdi> })}</>}
      {a.via && (
        <>
          {t("via")}{" "}
          <Link href={`/sources/${a.via.id}`}>
            <bdi>{a.via.name}</bdi>
          </Link>
        </>
      )}
      {a.channel && <> · {pick(CHANNEL_LABELS[a.channel], locale)}</>} ·{" "}
      <abbr className="grade" title={gradeTitle(a, ts, locale)}>
        {a.reliability}
        {a.credibility}
      </abbr>
      {a.cue && (
        <>
          {" "}
          · <q dir="auto">{a.cue}</q>
        </>
      )}
    </li>
  );
}
