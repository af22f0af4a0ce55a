// The evaluation set once loaded: texts with the gold spans located in them (code points).
import type { Precision } from "@/lib/links/types";
import type { GoldClaim, GoldLink, Split } from "./schema";

export type Span = { start: number; end: number };

export type EvalClaim = Omit<GoldClaim, "kind"> & Span & { articleId: string; kind: GoldClaim["kind"] | null };

export type EvalArticle = {
  id: string;
  story: string;
  title: string | null;
  text: string;
  language: "ar" | "en";
  articleDate: string | null;
  precision: Precision;
  claims: EvalClaim[];
  notCheckWorthy: Span[];
};

export type EvalStory = {
  id: string;
  split: Split;
  articles: EvalArticle[];
  links: GoldLink[];
  traps: { a: string; b: string }[];
  matches: { a: string; b: string }[];
};
