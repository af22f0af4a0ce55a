// CSV for spreadsheets: UTF-8 with a BOM (so spreadsheet programs read Arabic), one row per claim,
// written by csv-stringify with its formula-injection escaping (a leading = + - @ tab or CR gets an
// apostrophe; the rest of the value is kept).
import { stringify } from "csv-stringify/sync";
import type { ExportAttribution, ExportClaim } from "./dto";

/** What a CSV row shows of a claim: read by one query per export (see csv-data.ts). */
export type CsvClaim = Pick<
  ExportClaim,
  "id" | "quote" | "statement" | "sourcingStrength" | "verdict" | "status" | "updatedAt" | "updatedBy"
> & {
  article: { id: string; title: string; publishedAt: string | null; outlet: { name: string } | null };
  attributions: Array<
    Pick<ExportAttribution, "kind" | "affiliation" | "reliability" | "credibility"> & {
      source: { name: string } | null;
      via: { name: string } | null;
    }
  >;
  openConflicts: number;
};

export const BOM = "\uFEFF";

export const csvColumns = [
  "id",
  "article_id",
  "article",
  "outlet",
  "published",
  "quote",
  "statement",
  "attribution_kinds",
  "attribution_sources",
  "grades",
  "sourcing_strength",
  "verdict",
  "status",
  "open_conflicts",
  "updated_at",
  "updated_by",
] as const;

const join = (values: string[]) => values.join(" | ");

export function csvRow(c: CsvClaim): string[] {
  return [
    c.id,
    c.article.id,
    c.article.title,
    c.article.outlet?.name ?? "",
    c.article.publishedAt ?? "",
    c.quote,
    c.statement ?? "",
    join(c.attributions.map((a) => a.kind)),
    join(
      c.attributions.map((a) => {
        const unnamed = a.kind === "unattributed" ? "outlet" : "unnamed";
        const name = a.source?.name ?? (a.affiliation ? `${unnamed} (${a.affiliation})` : unnamed);
        return a.via ? `${name} via ${a.via.name}` : name;
      }),
    ),
    join(c.attributions.map((a) => `${a.reliability}${a.credibility}`)),
    String(c.sourcingStrength),
    c.verdict,
    c.status,
    String(c.openConflicts),
    c.updatedAt,
    c.updatedBy ?? "",
  ];
}

const options = { escape_formulas: true, record_delimiter: "\r\n" } as const;

export function csvHeader(): string {
  return BOM + stringify([[...csvColumns]], options);
}

/** One batch of rows (no header): the stream writes the header once, then a chunk per batch. */
export function csvChunk(claims: CsvClaim[]): string {
  return claims.length === 0 ? "" : stringify(claims.map(csvRow), options);
}
