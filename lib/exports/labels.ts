// Readable labels for the report and the ClaimReview rating (enum values stay snake_case elsewhere).
import { ATTRIBUTION_KIND_LABELS, type AttributionKind, type Label } from "@/lib/sources/kinds";

export const VERDICT_LABELS: Record<string, Label> = {
  unverified: { en: "Unverified", ar: "لم يُتحقق منه" },
  corroborated: { en: "Corroborated", ar: "مؤكَّد" },
  contested: { en: "Contested", ar: "متنازع عليه" },
  false: { en: "False", ar: "زائف" },
  misleading: { en: "Misleading", ar: "مضلِّل" },
  unverifiable: { en: "Unverifiable", ar: "يتعذّر التحقق منه" },
};

export const STATUS_LABELS: Record<string, string> = {
  new: "New",
  in_review: "In review",
  decided: "Decided",
  published: "Published",
};

export const LINK_TYPE_LABELS: Record<string, string> = {
  contradicts: "Contradicts",
  corroborates: "Corroborates",
  same_event: "Same event",
  supersedes: "Supersedes",
};

export const LINK_STATUS_LABELS: Record<string, string> = {
  proposed: "open (proposed)",
  confirmed: "open (confirmed)",
  dismissed: "dismissed",
  resolved: "resolved",
};

export function verdictLabel(verdict: string, language: "en" | "ar" = "en"): string {
  return VERDICT_LABELS[verdict]?.[language] ?? verdict;
}

export function kindLabel(kind: string): string {
  return ATTRIBUTION_KIND_LABELS[kind as AttributionKind]?.en ?? kind;
}
