import { useTranslations } from "next-intl";

/** A verdict as a badge: its name in the interface language and a symbol (from the stylesheet), never colour alone. */
export function VerdictBadge({ verdict }: { verdict: string }) {
  const t = useTranslations("verdict");
  return (
    <span className={`badge verdict verdict-${verdict}`}>{t.has(verdict as "false") ? t(verdict as "false") : verdict}</span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  return <span className="badge">{t.has(status as "new") ? t(status as "new") : status}</span>;
}
