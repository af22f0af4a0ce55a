import { useLocale, useTranslations } from "next-intl";
import type { AttributionDto } from "@/lib/sources/dto";
import { explain, pick } from "@/lib/i18n/locale";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/sources/grading";
import { ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";

/** Words, not only colours: the band is written out beside the number. */
export function strengthBand(strength: number): "strong" | "moderate" | "weak" {
  if (strength >= 70) return "strong";
  if (strength >= 40) return "moderate";
  return "weak";
}

/** Both grades spelled out, for a tooltip (`t`: the "sourcing" messages). */
export function gradeTitle(
  a: Pick<AttributionDto, "reliability" | "credibility">,
  t: ReturnType<typeof useTranslations<"sourcing">>,
  locale: string,
): string {
  const r = RELIABILITY_LABELS[a.reliability];
  const c = CREDIBILITY_LABELS[a.credibility];
  return [
    t("reliabilityTitle", { grade: a.reliability, label: pick(r, locale), explain: explain(r, locale) }),
    t("credibilityTitle", { grade: a.credibility, label: pick(c, locale), explain: explain(c, locale) }),
  ].join("\n");
}

/** Compact sourcing badge: strength 0–100 with its band, the first attribution's kind and grades. */
export function SourcingBadge({ strength, attributions }: { strength: number; attributions: AttributionDto[] }) {
  const t = useTranslations("sourcing");
  const locale = useLocale();
  const first = attributions[0];
  const band = strengthBand(strength);
  const title = [t("strengthTitle", { strength, band: t(band) }), first ? gradeTitle(first, t, locale) : t("none")].join("\n");
  return (
    <span className={`badge sourcing ${band}`} title={title}>
      {t("badge", { strength, band: t(band) })}
      {first && (
        <>
          {" "}
          · {pick(ATTRIBUTION_KIND_LABELS[first.kind], locale)} · {first.reliability}
          {first.credibility}
        </>
      )}
      {attributions.length > 1 && <> · +{attributions.length - 1}</>}
    </span>
  );
}
