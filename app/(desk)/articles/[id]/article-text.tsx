"use client";
import { forwardRef, useMemo } from "react";
import { useTranslations } from "next-intl";
import { splitRuns, type Mark } from "@/lib/text/spans";

export type TextLayers = {
  furniture: Array<{ start: number; end: number; kind: string }>;
  headings: Array<{ start: number; end: number }>;
  claims: Array<{ id: string; start: number; end: number }>;
  suggestions: Array<{ id: string; start: number; end: number }>;
  selection: { start: number; end: number } | null;
  flashed: string | null;
};

type Props = {
  text: string;
  language: string;
  layers: TextLayers;
  onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>) => void;
  onMouseUp: () => void;
  onClaimClick: (id: string) => void;
};

/** The article text, never altered: runs styled by furniture, headings, claims, suggestions and the selection. */
export const ArticleText = forwardRef<HTMLDivElement, Props>(function ArticleText(
  { text, language, layers, onKeyDown, onMouseUp, onClaimClick },
  ref,
) {
  const t = useTranslations("article");
  const runs = useMemo(() => {
    const marks: Mark[] = [
      ...layers.furniture.map((f, i) => ({ ...f, key: `f:${i}:${f.kind}` })),
      ...layers.headings.map((h, i) => ({ ...h, key: `h:${i}` })),
      ...layers.claims.map((c) => ({ ...c, key: `c:${c.id}` })),
      ...layers.suggestions.map((s) => ({ ...s, key: `s:${s.id}` })),
      ...(layers.selection ? [{ ...layers.selection, key: "sel" }] : []),
    ];
    return splitRuns(text, marks);
  }, [text, layers]);

  return (
    <div
      ref={ref}
      className="article-text"
      dir={language === "ar" ? "rtl" : "ltr"}
      lang={language}
      tabIndex={0}
      role="document"
      aria-label={t("textLabel")}
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
    >
      {runs.map((run) => {
        const claims = run.keys.filter((k) => k.startsWith("c:")).map((k) => k.slice(2));
        const classes = [
          run.keys.some((k) => k.startsWith("f:")) && "furniture",
          run.keys.some((k) => k.startsWith("h:")) && "heading",
          claims.length > 0 && `claim depth-${Math.min(claims.length, 3)}`,
          run.keys.some((k) => k.startsWith("s:")) && "suggested",
          run.keys.includes("sel") && "selected",
          layers.flashed && claims.includes(layers.flashed) && "flash",
        ].filter(Boolean);
        return (
          <span
            key={run.start}
            data-start={run.start}
            data-claims={claims.length ? claims.join(" ") : undefined}
            className={classes.length ? classes.join(" ") : undefined}
            onClick={claims.length ? () => onClaimClick(claims[claims.length - 1]) : undefined}
          >
            {run.text}
          </span>
        );
      })}
    </div>
  );
});
