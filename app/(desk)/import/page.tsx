import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requirePageUser("write", "/import");
  return (
    <>
      <h1>Import articles</h1>
      <div className="two-columns">
        <section className="panel" aria-labelledby="paste-heading">
          <h2 id="paste-heading">Paste an article</h2>
          <PasteForm />
        </section>
        <section className="panel" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload files</h2>
          <p className="small muted">
            .txt, .md or .html, up to 2 MB each. Add a catalog.json to give titles, outlets and dates.
          </p>
          <UploadForm />
        </section>
      </div>
    </>
  );
}
