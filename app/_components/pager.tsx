import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous / next links for a paged list; `href` builds the link of a page. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useTranslations("common");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="small">
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>} {t("pageOf", { page, pages })}{" "}
      {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
