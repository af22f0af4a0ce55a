import type { AttributionDto } from "@/lib/sources/dto";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/sources/grading";
import { ATTRIBUTION_KIND_LABELS } from "@/lib/sources/kinds";

/** Words, not only colours: the band is written out beside the number. */
export function strengthBand(strength: number): "strong" | "moderate" | "weak" {
  if (strength >= 70) return "strong";
  if (strength >= 40) return "moderate";
  return "weak";
}

export function gradeTitle(a: Pick<AttributionDto, "reliability" | "credibility">): string {
  const r = RELIABILITY_LABELS[a.reliability];
  const c = CREDIBILITY_LABELS[a.credibility];
  return `Source reliability ${a.reliability}: ${r.en}. ${r.explainEn}\nInformation credibility ${a.credibility}: ${c.en}. ${c.explainEn}`;
}

/** Compact sourcing badge: strength 0–100 with its band, the first attribution's kind and grades. */
export function SourcingBadge({ strength, attributions }: { strength: number; attributions: AttributionDto[] }) {
  const first = attributions[0];
  const band = strengthBand(strength);
  const title = [
    `Sourcing strength ${strength} of 100 (${band}), from the kind of attribution, its grades and independent corroboration.`,
    first ? gradeTitle(first) : "No attribution yet.",
  ].join("\n");
  return (
    <span className={`badge sourcing ${band}`} title={title}>
      Sourcing {strength} · {band}
      {first && (
        <>
          {" "}
          · {ATTRIBUTION_KIND_LABELS[first.kind].en} · {first.reliability}
          {first.credibility}
        </>
      )}
      {attributions.length > 1 && <> · +{attributions.length - 1}</>}
    </span>
  );
}
