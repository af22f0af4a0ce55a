"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

type Outcome = { fileName: string; status: string; id?: string; title?: string; message?: string; hiddenLeftOut?: number };

/** Sends the files one at a time, so the progress bar moves and one bad file never stops the rest. */
export function UploadForm() {
  const t = useTranslations("import");
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const busy = total > 0 && done < total;

  async function upload(files: File[]) {
    const catalogFile = files.find((f) => f.name === "catalog.json");
    const catalog = catalogFile ? await catalogFile.text() : "";
    const articles = files.filter((f) => f !== catalogFile);
    setOutcomes([]);
    setNotes([]);
    setDone(0);
    setTotal(articles.length);
    for (const file of articles) {
      const body = new FormData();
      body.append("files", file);
      if (catalog) body.append("catalog", catalog);
      let outcome: Outcome;
      try {
        const response = await fetch("/api/import", { method: "POST", body });
        const json = await response.json();
        outcome = response.ok
          ? json.outcomes[0]
          : { fileName: file.name, status: "refused", message: json.error?.message ?? t("refused") };
        if (json.catalogProblems?.length) setNotes(json.catalogProblems);
      } catch {
        outcome = { fileName: file.name, status: "refused", message: t("unreachable") };
      }
      setOutcomes((o) => [...o, outcome]);
      setDone((d) => d + 1);
    }
  }

  return (
    <div className="form">
      <label>
        {t("files")}
        <input
          type="file"
          multiple
          accept=".txt,.md,.html,.htm,.json"
          disabled={busy}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            if (files.length) void upload(files);
          }}
        />
      </label>
      {total > 0 && (
        <div>
          <progress max={total} value={done} aria-label={t("progress")} /> {done} / {total}
        </div>
      )}
      {notes.map((n) => (
        <p key={n} className="alert small">
          {n}
        </p>
      ))}
      {outcomes.length > 0 && (
        <table className="list small">
          <thead>
            <tr>
              <th scope="col">{t("file")}</th>
              <th scope="col">{t("result")}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o, i) => (
              <tr key={`${o.fileName}-${i}`}>
                <td>
                  <bdi>{o.fileName}</bdi>
                </td>
                <td>
                  {o.status === "refused" ? (
                    <span className="field-error">{t("refusedWith", { message: o.message ?? "" })}</span>
                  ) : (
                    <>
                      {t.has(`outcome.${o.status}` as "outcome.created")
                        ? t(`outcome.${o.status}` as "outcome.created")
                        : o.status}{" "}
                      {o.id && (
                        <Link href={`/articles/${o.id}`}>
                          <bdi>{o.title}</bdi>
                        </Link>
                      )}
                      {o.hiddenLeftOut && <span className="muted"> · {t("hiddenLeftOut", { count: o.hiddenLeftOut })}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
