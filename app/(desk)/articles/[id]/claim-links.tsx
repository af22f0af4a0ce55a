"use client";
import { createContext, useContext, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/app/_components/failure-text";
import type { ClaimLinkItem } from "@/lib/links/data";
import { createLinkAction, findClaimsToLinkAction } from "@/lib/links/actions";
import { linkTypes } from "@/lib/links/schema";

type Notify = (m: { kind: "error" | "ok"; text: string }) => void;
type Found = { id: string; quote: string; articleTitle: string; language: string };

const LinksContext = createContext<Record<string, ClaimLinkItem[]>>({});

/** The links of the article's claims, read once by the page for every claim in the list. */
export function ClaimLinksProvider({ links, children }: { links: Record<string, ClaimLinkItem[]>; children: React.ReactNode }) {
  return <LinksContext.Provider value={links}>{children}</LinksContext.Provider>;
}

export function ClaimLinksFor(props: { claimId: string; canWrite: boolean; onMessage: Notify }) {
  const links = useContext(LinksContext)[props.claimId] ?? [];
  return <ClaimLinks {...props} links={links} />;
}

/** A claim's links (the other claim, the type, the status) and a form to add one by hand. */
function ClaimLinks({
  claimId,
  links,
  canWrite,
  onMessage,
}: {
  claimId: string;
  links: ClaimLinkItem[];
  canWrite: boolean;
  onMessage: Notify;
}) {
  const t = useTranslations("links");
  const [adding, setAdding] = useState(false);
  return (
    <div className="claim-links">
      {links.length > 0 && (
        <ul className="small" aria-label={t("label")}>
          {links.map((l) => (
            <li key={l.id}>
              <span className="badge">{t(`type.${l.type as "contradicts"}`)}</span>{" "}
              <span className={`badge status-${l.status}`}>{t(`status.${l.status as "proposed"}`)}</span>{" "}
              <Link href={`/articles/${l.other.articleId}#claim-${l.other.id}`}>
                <q dir={l.other.language === "ar" ? "rtl" : "ltr"} lang={l.other.language}>
                  {l.other.quote.length > 90 ? `${l.other.quote.slice(0, 90)}…` : l.other.quote}
                </q>
              </Link>{" "}
              <span className="muted">{t.rich("inArticle", { title: l.other.articleTitle, bdi: (c) => <bdi>{c}</bdi> })}</span>
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (adding ? (
          <AddLinkForm claimId={claimId} onDone={() => setAdding(false)} onMessage={onMessage} />
        ) : (
          <button type="button" className="btn secondary small" onClick={() => setAdding(true)}>
            {t("add")}
          </button>
        ))}
    </div>
  );
}

function AddLinkForm({ claimId, onDone, onMessage }: { claimId: string; onDone: () => void; onMessage: Notify }) {
  const t = useTranslations("links");
  const failureText = useFailureText();
  const router = useRouter();
  const [type, setType] = useState<string>("contradicts");
  const [search, setSearch] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function find() {
    startTransition(async () => {
      const r = await findClaimsToLinkAction({ search, exclude: claimId });
      if (r.ok && "claims" in r) {
        setFound(r.claims);
        setChosen(r.claims[0]?.id ?? null);
        setError(r.claims.length ? null : t("noMatch"));
      } else setError(failureText(r));
    });
  }

  function save() {
    if (!chosen) return setError(t("choose"));
    startTransition(async () => {
      const r = await createLinkAction({ aId: claimId, bId: chosen, type, note: note.trim() || undefined });
      if (r.ok) {
        onMessage({ kind: "ok", text: t("added") });
        onDone();
        router.refresh();
      } else setError(failureText(r));
    });
  }

  return (
    <form
      className="form"
      aria-label={t("formLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        if (found === null) find();
        else save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
    >
      <label>
        {t("typeLabel")}
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {linkTypes.map((lt) => (
            <option key={lt} value={lt}>
              {t(`type.${lt}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("find")}
        <input
          dir="auto"
          autoFocus
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setFound(null);
          }}
        />
      </label>
      {found && found.length > 0 && (
        <fieldset>
          <legend className="small">{t("other")}</legend>
          {found.map((c) => (
            <label key={c.id} className="inline small">
              <input type="radio" name={`link-to-${claimId}`} checked={chosen === c.id} onChange={() => setChosen(c.id)} />{" "}
              <q dir={c.language === "ar" ? "rtl" : "ltr"} lang={c.language}>
                {c.quote.length > 100 ? `${c.quote.slice(0, 100)}…` : c.quote}
              </q>{" "}
              <span className="muted">
                (<bdi>{c.articleTitle}</bdi>)
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {found && found.length > 0 && (
        <label>
          {t("note")}
          <input dir="auto" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button className="btn small" type="submit" disabled={pending}>
          {found === null ? t("findButton") : t("addButton")}
        </button>{" "}
        <button className="btn secondary small" type="button" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
