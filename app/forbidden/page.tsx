import Link from "next/link";
import { useTranslations } from "next-intl";

export default function ForbiddenPage() {
  const t = useTranslations("forbidden");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </main>
  );
}
