// Screen and print styles of the standalone report. Logical properties, so the same rules hold
// for right-to-left article text.
export const REPORT_CSS = `
:root { --ink: #1b1b1f; --muted: #5c5c66; --rule: #d8d8de; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { font-family: 'Noto Sans Arabic', 'DejaVu Sans', sans-serif; color: var(--ink); font-size: 11pt; line-height: 1.5; }
body { margin: 0 auto; max-inline-size: 52rem; padding: 2rem 1.5rem; }
h1 { font-size: 2rem; margin-block: 0.5rem; }
h2 { font-size: 1.3rem; margin-block: 1.5rem 0.5rem; border-block-end: 1px solid var(--rule); padding-block-end: 0.2rem; }
h3 { font-size: 1rem; margin-block: 0 0.4rem; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.85em; }
.hash { overflow-wrap: anywhere; }
.cover { border-block-end: 3px solid var(--accent); padding-block-end: 1rem; margin-block-end: 1rem; }
.cover .desk { color: var(--accent); font-weight: 700; margin: 0; }
.scope-kind { color: var(--muted); }
.tables { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.tables caption { white-space: nowrap; }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: 700; padding-block-end: 0.25rem; }
th, td { text-align: start; padding: 0.15rem 0.6rem 0.15rem 0; border-block-end: 1px solid var(--rule); vertical-align: top; }
td { font-variant-numeric: tabular-nums; }
.article-meta, .meta, .status, .cue, .file, .side-label, .link-head { color: var(--muted); font-size: 0.9em; }
.claim { border: 1px solid var(--rule); border-radius: 4px; padding: 0.75rem 1rem; margin-block: 0.75rem; }
/* A claim stays on one page unless its linked claims make it long: then it breaks between links, never
   inside its heading, its quote or one link (a whole-card rule left pages empty before long cards). */
.claim:not(:has(.links > li)), .claim > h3, .claim > .quote, .links > li { break-inside: avoid-page; }
.claim > h3 { break-after: avoid-page; }
.quote { font-family: 'Noto Naskh Arabic', serif; font-size: 1.15rem; line-height: 1.9; margin: 0.25rem 0 0.5rem;
  padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--accent); }
.quote.small { font-size: 1rem; border-inline-start-color: var(--rule); }
.quote[dir="rtl"] { text-align: right; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.2rem 0.75rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain > li + li { margin-block-start: 0.3rem; }
.grade { font-family: 'DejaVu Sans Mono', monospace; border: 1px solid var(--rule); padding-inline: 0.25rem; border-radius: 3px; }
.verdict { font-size: 0.85em; padding: 0.05rem 0.4rem; border-radius: 3px; background: #eef1f5; }
.v-false, .v-misleading { background: #fbe3e3; }
.v-corroborated { background: #e1f3e5; }
.v-contested { background: #fff2d6; }
.links > li { border-inline-start: 2px solid var(--rule); padding-inline-start: 0.5rem; }
.links > li.conflict { border-inline-start-color: #b3261e; }
.resolution { font-style: italic; }
.url { overflow-wrap: anywhere; }
.decisions { inline-size: 100%; font-size: 0.9em; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  /* Naskh's final letters sit below the baseline, and PDF text extraction (search, copy, screen
     readers) then tears them off their words; the flat-baseline Sans keeps the printed text whole. */
  .quote { font-family: 'Noto Sans Arabic', sans-serif; line-height: 1.8; }
  body { max-inline-size: none; padding: 0; }
  .cover h1 { font-size: 2.4rem; }
  .article { break-before: page; }
  /* room above the first line, so Arabic marks (tanween, shadda) are not cut onto the previous page */
  .article > h2 { break-after: avoid-page; margin-block-start: 0; padding-block-start: 0.6em; line-height: 1.7; }
  .appendix { break-before: page; }
}
`;
