// The readable report (HTML, and the PDF printed from it): cover, summary, session, claims per
// article in reading order, appendix. Pure: the model in, a standalone HTML document out.
import { ATTRIBUTION_KINDS, CHANNEL_LABELS, type Channel } from "@/lib/sources/kinds";
import { verdicts } from "@/lib/claims/schema";
import { openLinkStatuses, type ExportClaim, type ExportLink } from "./dto";
import { bdi, html, raw, type Markup } from "./html";
import { kindLabel, LINK_STATUS_LABELS, LINK_TYPE_LABELS, STATUS_LABELS, verdictLabel } from "./labels";
import { REPORT_CSS } from "./report-css";

export type ReportScope = { kind: "all" | "session" | "article" | "query"; label: string };

export type ReportSession = {
  id: string;
  title: string;
  date: string;
  status: string;
  createdBy: string;
  participants: string[];
  signedOffAt: string | null;
  signedOffBy: string | null;
  signOffHead: { seq: number; hash: string } | null;
};

export type ReportModel = {
  deskName: string;
  generatedAt: string;
  scope: ReportScope;
  head: { seq: number; hash: string };
  claims: ExportClaim[];
  session: ReportSession | null;
  fontCss: string;
};

const when = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—");

/** Article text keeps its own direction; Arabic is right to left. */
function quoteBlock(text: string, language: string, cls = "quote"): Markup {
  return language === "ar"
    ? html`<blockquote class="${cls}" dir="rtl" lang="ar">${text}</blockquote>`
    : html`<blockquote class="${cls}" dir="auto">${text}</blockquote>`;
}

function countBy<T>(items: T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export type ReportSummary = {
  claims: number;
  articles: number;
  perVerdict: Array<[string, number]>;
  perKind: Array<[string, number]>;
  conflictsOpen: number;
  conflictsResolved: number;
};

export function summarize(claims: ExportClaim[]): ReportSummary {
  const verdictCounts = countBy(claims, (c) => [c.verdict]);
  const kindCounts = countBy(claims, (c) => (c.attributions.length ? [...new Set(c.attributions.map((a) => a.kind))] : ["none"]));
  const conflicts = new Map<string, string>();
  for (const c of claims) for (const l of c.links) if (l.type === "contradicts") conflicts.set(l.id, l.status);
  const statuses = [...conflicts.values()];
  return {
    claims: claims.length,
    articles: new Set(claims.map((c) => c.article.id)).size,
    perVerdict: verdicts.map((v) => [v, verdictCounts.get(v) ?? 0] as [string, number]),
    perKind: [...ATTRIBUTION_KINDS, "none"]
      .map((k) => [k, kindCounts.get(k) ?? 0] as [string, number])
      .filter(([k, n]) => n > 0 || k !== "none"),
    conflictsOpen: statuses.filter((s) => openLinkStatuses.includes(s)).length,
    conflictsResolved: statuses.filter((s) => s === "resolved").length,
  };
}

/** Articles by publication date (unknown last), then title; claims in reading order. */
export function groupByArticle(claims: ExportClaim[]) {
  const groups = new Map<string, { article: ExportClaim["article"]; claims: ExportClaim[] }>();
  for (const c of claims) {
    const g = groups.get(c.article.id) ?? { article: c.article, claims: [] };
    g.claims.push(c);
    groups.set(c.article.id, g);
  }
  const list = [...groups.values()];
  list.sort(
    (a, b) =>
      (a.article.publishedAt ?? "\uffff").localeCompare(b.article.publishedAt ?? "\uffff") ||
      a.article.title.localeCompare(b.article.title) ||
      a.article.id.localeCompare(b.article.id),
  );
  for (const g of list) g.claims.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return list;
}

function attributionLine(a: ExportClaim["attributions"][number]): Markup {
  const who = a.source
    ? bdi(a.source.name)
    : a.kind === "unattributed"
      ? "the outlet itself"
      : html`unnamed source${a.affiliation ? html` (${bdi(a.affiliation)})` : ""}`;
  const channel = a.channel ? (CHANNEL_LABELS[a.channel as Channel]?.en ?? a.channel) : null;
  return html`<li>
    <span class="kind">${kindLabel(a.kind)}</span>:
    ${who}${a.via ? html` via ${bdi(a.via.name)}` : ""}${channel ? html`, ${channel}` : ""}
    <span class="grade" title="reliability / credibility">${a.reliability}${a.credibility}</span>${
      a.cue ? html` <span class="cue">cue: <bdi dir="auto">${a.cue}</bdi></span>` : ""
    }
  </li>`;
}

function linkBlock(c: ExportClaim, l: ExportLink): Markup {
  const conflict = l.type === "contradicts";
  return html`<li class="${conflict ? "conflict" : "link"}">
    <div class="link-head">
      <strong>${LINK_TYPE_LABELS[l.type] ?? l.type}</strong> · ${LINK_STATUS_LABELS[l.status] ?? l.status} · proposed by
      ${l.proposedBy}
    </div>
    ${conflict ? html`<div class="side"><span class="side-label">This claim</span>${quoteBlock(c.quote, c.article.language, "quote small")}</div>` : ""}
    <div class="side">
      <span class="side-label">${conflict ? "Other claim" : "Linked claim"}, in ${bdi(l.other.articleTitle)}</span>${quoteBlock(
        l.other.quote,
        l.other.language,
        "quote small",
      )}
    </div>
    ${l.resolutionNote ? html`<div class="resolution">Resolution: <span dir="auto">${l.resolutionNote}</span></div>` : ""}
  </li>`;
}

function claimBlock(c: ExportClaim, number: number): Markup {
  return html`<section class="claim" id="claim-${c.id}">
    <h3>
      Claim C${number} <span class="verdict v-${c.verdict}">${verdictLabel(c.verdict)}</span>
      <span class="status">${STATUS_LABELS[c.status] ?? c.status}</span
      >${c.anchorState === "orphaned" ? html` <span class="status">orphaned</span>` : ""}
    </h3>
    ${quoteBlock(c.quote, c.article.language)}
    <dl>
      ${
        c.statement
          ? html`<dt>Statement</dt>
              <dd dir="auto">${c.statement}</dd>`
          : ""
      }
      <dt>Attribution</dt>
      <dd>
        ${
          c.attributions.length
            ? html`<ul class="plain">
                ${c.attributions.map(attributionLine)}
              </ul>`
            : "none recorded"
        }
      </dd>
      <dt>Sourcing strength</dt>
      <dd>${c.sourcingStrength}</dd>
      <dt>Verdict</dt>
      <dd>${verdictLabel(c.verdict)} <span lang="ar" dir="rtl">(${verdictLabel(c.verdict, "ar")})</span></dd>
      ${
        c.note
          ? html`<dt>Note</dt>
              <dd dir="auto">${c.note}</dd>`
          : ""
      }
      <dt>Evidence</dt>
      <dd>
        ${
          c.evidence.length
            ? html`<ul class="plain">
                ${c.evidence.map(
                  (e) =>
                    html`<li>
                      <span class="kind">${e.kind}</span>: <span dir="auto">${e.text}</span>${
                        e.fileName
                          ? html` <span class="file">[${bdi(e.fileName)}, sha256 ${e.fileSha256?.slice(0, 12) ?? "?"}…]</span>`
                          : ""
                      } <span class="meta">— ${bdi(e.author)}, ${when(e.createdAt)}</span>
                    </li>`,
                )}
              </ul>`
            : "none"
        }
      </dd>
      ${
        c.links.length
          ? html`<dt>Links and conflicts</dt>
              <dd>
                <ul class="plain links">
                  ${c.links.map((l) => linkBlock(c, l))}
                </ul>
              </dd>`
          : ""
      }
      <dt>Last change</dt>
      <dd>${when(c.updatedAt)}${c.updatedBy ? html` by ${bdi(c.updatedBy)}` : ""}</dd>
    </dl>
  </section>`;
}

function sessionBlock(s: ReportSession): Markup {
  return html`<section class="session">
    <h2>Review session</h2>
    <dl>
      <dt>Title</dt>
      <dd>${bdi(s.title)}</dd>
      <dt>Date</dt>
      <dd>${s.date}</dd>
      <dt>Status</dt>
      <dd>${s.status === "signed_off" ? "signed off" : s.status}</dd>
      <dt>Created by</dt>
      <dd>${bdi(s.createdBy)}</dd>
      <dt>Participants</dt>
      <dd>${s.participants.length ? s.participants.map((p, i) => html`${i ? ", " : ""}${bdi(p)}`) : "none recorded"}</dd>
      <dt>Sign-off</dt>
      <dd>
        ${
          s.signedOffAt
            ? html`${when(s.signedOffAt)}${s.signedOffBy ? html` by ${bdi(s.signedOffBy)}` : ""}${
                s.signOffHead
                  ? html` — history head <code>${s.signOffHead.seq}</code> <code class="hash">${s.signOffHead.hash}</code>`
                  : ""
              }`
            : "not signed off"
        }
      </dd>
    </dl>
  </section>`;
}

function summaryBlock(s: ReportSummary): Markup {
  return html`<section class="summary">
    <h2>Summary</h2>
    <p>${plural(s.claims, "claim")} in ${plural(s.articles, "article")}.</p>
    <div class="tables">
      <table>
        <caption>
          Claims per verdict
        </caption>
        <tbody>
          ${s.perVerdict.map(
            ([v, n]) =>
              html`<tr>
                <th scope="row">${verdictLabel(v)}</th>
                <td>${n}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>
          Claims per attribution kind
        </caption>
        <tbody>
          ${s.perKind.map(
            ([k, n]) =>
              html`<tr>
                <th scope="row">${k === "none" ? "No attribution" : kindLabel(k)}</th>
                <td>${n}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>
          Conflicts
        </caption>
        <tbody>
          <tr>
            <th scope="row">Open</th>
            <td>${s.conflictsOpen}</td>
          </tr>
          <tr>
            <th scope="row">Resolved</th>
            <td>${s.conflictsResolved}</td>
          </tr>
        </tbody>
      </table>
    </div>
  </section>`;
}

export function renderReport(m: ReportModel): string {
  const groups = groupByArticle(m.claims);
  const numbers = new Map<string, number>();
  for (const g of groups) for (const c of g.claims) numbers.set(c.id, numbers.size + 1);
  const decisions = m.claims
    .flatMap((c) => c.decisions.map((d) => ({ ...d, claim: c })))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const doc = html`<!doctype html>
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Claimdesk" />
        <title>${m.deskName} — claim report</title>
        <style>
          ${raw(m.fontCss)}
          ${raw(REPORT_CSS)}
        </style>
      </head>
      <body>
        <header class="cover">
          <p class="desk">${bdi(m.deskName)}</p>
          <h1>Claim report</h1>
          <p class="scope">
            ${m.scope.kind === "all" ? "All claims" : html`<span class="scope-kind">${scopeKindLabel(m.scope.kind)}:</span> ${bdi(m.scope.label)}`}
          </p>
          <p>
            Exported ${when(m.generatedAt)} · ${plural(m.claims.length, "claim")} · history head <code>${m.head.seq}</code>
            <code class="hash">${m.head.hash}</code>
          </p>
        </header>
        <main>
          ${summaryBlock(summarize(m.claims))} ${m.session ? sessionBlock(m.session) : ""}
          ${groups.map(
            (g) =>
              html`<article class="article">
                <h2 dir="auto">${g.article.title}</h2>
                <p class="article-meta">
                  ${g.article.outlet ? bdi(g.article.outlet.name) : "unknown outlet"} ·
                  ${g.article.publishedAt ?? "date unknown"}${
                    g.article.url ? html` · <span class="url">${g.article.url}</span>` : ""
                  }
                </p>
                ${g.claims.map((c) => claimBlock(c, numbers.get(c.id)!))}
              </article>`,
          )}
          <section class="appendix">
            <h2>Appendix: decision history</h2>
            ${
              decisions.length
                ? html`<table class="decisions">
                    <thead>
                      <tr>
                        <th>When</th>
                        <th>Claim</th>
                        <th>Verdict</th>
                        <th>By</th>
                        <th>Session</th>
                        <th>Note</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${decisions.map(
                        (d) =>
                          html`<tr>
                            <td>${when(d.createdAt)}</td>
                            <td>C${numbers.get(d.claim.id) ?? "?"}</td>
                            <td>${verdictLabel(d.verdict)}</td>
                            <td>${bdi(d.decider)}</td>
                            <td>${d.session ? bdi(d.session.title) : "—"}</td>
                            <td dir="auto">${d.note ?? ""}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>`
                : html`<p>No decisions recorded.</p>`
            }
            <h2>History head at export</h2>
            <p>
              Sequence <code>${m.head.seq}</code>, hash <code class="hash">${m.head.hash}</code>. Check later with
              <code>npm run history:verify -- --expect-head ${m.head.hash}</code>.
            </p>
          </section>
        </main>
      </body>
    </html> `;
  return doc.value;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function scopeKindLabel(kind: ReportScope["kind"]): string {
  return kind === "session"
    ? "Review session"
    : kind === "article"
      ? "Article"
      : kind === "query"
        ? "Claims matching"
        : "All claims";
}
