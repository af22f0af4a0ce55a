import { useLocale } from "next-intl";
import { pick } from "@/lib/i18n/locale";
import type { FacetOption } from "@/lib/links/data";

type Props = {
  label: string;
  /** The empty choice ("any place"). */
  any: string;
  options: FacetOption[];
  value: string | undefined;
} & (
  | { /** Part of a GET form (the conflict board, the timeline). */ name: string; onChange?: never }
  | { /** Applied at once (the claims table). */ onChange: (value: string | undefined) => void; name?: never }
);

/**
 * A place or an actor to filter by, named in the interface language, with how many claims mention it.
 * A chosen id no claim mentions any more stays listed, so the filter in the URL remains visible.
 */
export function FacetSelect({ label, any, options, value, name, onChange }: Props) {
  const locale = useLocale();
  const control = onChange
    ? { value: value ?? "", onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange(e.target.value || undefined) }
    : { name, defaultValue: value ?? "" };
  return (
    <label className="inline">
      {label}{" "}
      <select {...control}>
        <option value="">{any}</option>
        {value && !options.some((o) => o.id === value) && <option value={value}>{value.replace(/_/g, " ")} (0)</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {pick(o.label, locale)} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
}
