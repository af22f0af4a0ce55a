import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  await requirePageUser("write", "/import");
  const t = await getTranslations("import");
  return (
    <>
      <h1>{t("heading")}</h1>
      <div className="two-columns">
        <section className="panel" aria-labelledby="paste-heading">
          <h2 id="paste-heading">{t("paste")}</h2>
          <PasteForm />
        </section>
        <section className="panel" aria-labelledby="upload-heading">
          <h2 id="upload-heading">{t("upload")}</h2>
          <p className="small muted">{t("uploadHint")}</p>
          <UploadForm />
        </section>
      </div>
    </>
  );
}
