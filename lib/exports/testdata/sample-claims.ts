// Claims for the writers' unit tests, quoted from the sample corpus (seeds/), plus hostile input.
import { seedText } from "@/lib/test/seeds";
import type { ExportClaim } from "../dto";

function quoteOf(text: string, phrase: string) {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`phrase not in seed: ${phrase}`);
  const start = [...text.slice(0, i)].length;
  return { quote: phrase, start, end: start + [...phrase].length };
}

export function sampleClaims(): ExportClaim[] {
  const text = seedText("000_");
  const a = quoteOf(text, "نفذ التحالف الدولي سلسلة زيارات ميدانية إلى ريف الحسكة");
  const b = quoteOf(text, "أجمع كل من تم استطلاعه على تفضيل الحكومة السورية بوضوح");
  const c = quoteOf(text, "التحالف رفض تكرار ذلك");
  const article = {
    id: "art1",
    title: "التحالف يستطلع آراء السكان في الحسكة",
    url: "https://www.almodon.com/arabworld/2025/1/1/coalition",
    outlet: { id: "src-modon", name: "المدن", kind: "outlet" },
    publishedAt: "2025-01-01",
    datePrecision: "day",
    language: "ar",
  };
  const base = {
    anchorState: "anchored",
    createdAt: "2025-11-30T09:00:00.000Z",
    updatedAt: "2025-11-30T10:00:00.000Z",
    updatedBy: "editor@claimdesk.local",
    article,
    evidence: [],
    decisions: [],
    links: [],
  };
  const other = { id: "c2", quote: b.quote, statement: null, articleTitle: article.title, language: "ar" };
  return [
    {
      ...base,
      id: "c1",
      ...a,
      statement: '=HYPERLINK("http://evil.example","click")',
      verdict: "false",
      status: "decided",
      sourcingStrength: 12,
      note: "No visit recorded by local monitors",
      attributions: [
        {
          kind: "anonymous",
          channel: null,
          source: null,
          affiliation: "قسد",
          via: { id: "src-modon", name: "المدن", kind: "outlet" },
          reliability: "F",
          credibility: 4,
          cue: "وقال مصدر مطلع",
        },
      ],
      evidence: [
        {
          id: "e1",
          kind: "document",
          text: "تقرير المرصد <b>الأسبوعي</b>",
          fileName: "report.pdf",
          fileType: "application/pdf",
          fileSize: 1200,
          fileSha256: "ab".repeat(32),
          author: "editor@claimdesk.local",
          createdAt: "2025-11-30T09:30:00.000Z",
        },
      ],
      decisions: [
        {
          id: "d1",
          verdict: "false",
          note: "No visit recorded by local monitors",
          decider: "editor@claimdesk.local",
          session: { id: "s1", title: "جلسة المراجعة" },
          createdAt: "2025-11-30T10:00:00.000Z",
        },
      ],
      links: [
        { id: "l1", type: "contradicts", status: "resolved", proposedBy: "system", resolutionNote: "Different dates", other },
      ],
    },
    {
      ...base,
      id: "c2",
      ...b,
      statement: "<script>alert(1)</script> residents prefer the government \u202Eevil\u202C",
      verdict: "corroborated",
      status: "decided",
      sourcingStrength: 30,
      note: null,
      attributions: [
        {
          kind: "official_statement",
          channel: "statement",
          source: { id: "src-coalition", name: "التحالف الدولي", kind: "organization" },
          affiliation: null,
          via: null,
          reliability: "B",
          credibility: 2,
          cue: null,
        },
      ],
      links: [
        {
          id: "l1",
          type: "contradicts",
          status: "resolved",
          proposedBy: "system",
          resolutionNote: "Different dates",
          other: { id: "c1", quote: a.quote, statement: null, articleTitle: article.title, language: "ar" },
        },
      ],
    },
    {
      ...base,
      id: "c3",
      ...c,
      statement: null,
      verdict: "unverified",
      status: "new",
      sourcingStrength: 0,
      note: null,
      attributions: [],
      article: { ...article, url: null },
    },
  ];
}
