// The sample articles' attributed claims, as an editor would select them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGISTRY_SEED } from "./registry-seed";
import { suggestAttribution, type AttributionSuggestion } from "./suggest-attribution";

const seedDir = new URL("../../seeds/", import.meta.url);
const files: Record<string, string> = {
  "000": "000_1f4ae7e04722ca49.txt",
  "001": "001_dab4455afbe61223.txt",
  "002": "002_7706bb55a869dd5c.txt",
  "003": "003_13a336ed74e435bb.txt",
  "004": "004_b531b65df8dc26bb.txt",
};
const read = (seed: string) => readFileSync(new URL(files[seed], seedDir), "utf8");

/** Code-point span of the first occurrence of `quote` in the seed. */
function suggest(seed: string, quote: string): AttributionSuggestion[] {
  const text = read(seed);
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not found in ${seed}: ${quote}`);
  const start = [...text.slice(0, at)].length;
  return suggestAttribution(text, { start, end: start + [...quote].length }, REGISTRY_SEED);
}

type Row = [seed: string, claim: string, quote: string, expected: Partial<AttributionSuggestion>];

const rows: Row[] = [
  [
    "002",
    "coalition handed over Deir ez-Zor positions in May",
    "سلّم خلال شهر أيار الفائت عدداً من نقاط تمركزه",
    { kind: "anonymous", affiliation: "sdf" },
  ],
  [
    "002",
    "handed directly to SDF special forces (continues the source)",
    "نقاط التمركز سُلّمت بشكل مباشر إلى القوات الخاصة",
    { kind: "anonymous", affiliation: "sdf" },
  ],
  [
    "002",
    "al-Wazir and Kharab al-Jir bases still active",
    "قاعدتا الوزير وخراب الجير ما تزالان نشطتين",
    { kind: "anonymous", sourceName: "مصادر ميدانية" },
  ],
  [
    "004",
    "coalition reinforcements in Deir ez-Zor / Hasakah countryside",
    "تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي",
    { kind: "unattributed" },
  ],
  ["004", "25-truck convoy to Qasrak", "رتل يضم 25 شاحنة", { kind: "unattributed" }],
  ["004", "SDF deployed 3,000 fighters and 800 snipers", "بنشر نحو 3 آلاف عنصر", { kind: "unattributed" }],
  [
    "004",
    "161 ISIS attacks since the start of 2025, 135 in Deir ez-Zor",
    "161 هجوماً شنته خلايا داعش",
    { kind: "monitor_report", sourceId: "sohr" },
  ],
  [
    "004",
    "all recent attacks carried out by ISIS cells",
    "جميع الهجمات والعمليات المسلحة",
    { kind: "monitor_report", sourceId: "sohr" },
  ],
  [
    "004",
    "partnership makes the SDF a quasi-official force (experts)",
    "هذه الشراكة تجعل من قسد قوة شبه رسمية",
    { kind: "anonymous" },
  ],
  [
    "001",
    "Interior forces turned back a coalition convoy",
    "قوات الداخلية أجبرت الرتل على العودة",
    { kind: "correspondent", sourceId: "enab-baladi" },
  ],
  [
    "001",
    "convoy moved without completing coordination",
    "الرتل تحرك باتجاه مدينة دير الزور",
    { kind: "correspondent", sourceId: "enab-baladi" },
  ],
  [
    "001",
    "Syria signed a political cooperation declaration",
    "سوريا وقعت إعلان تعاون سياسي",
    { kind: "official_statement", sourceId: "hamza-al-mustafa", channel: "x_post" },
  ],
  [
    "001",
    "agreement is political, without military clauses",
    "هذا الاتفاق سياسي ولا يتضمن أي بنود عسكرية",
    { kind: "official_statement", sourceId: "hamza-al-mustafa", channel: "x_post", affiliation: "sy-ministry-information" },
  ],
  [
    "001",
    "Syria signed the accession agreement",
    "أن سوريا وقعت اتفاقية الانضمام",
    { kind: "official_statement", sourceId: "ibrahim-olabi", channel: "tv_interview" },
  ],
  [
    "001",
    "operational agreements; joining the coalition most likely",
    "عن اتفاقيات عملياتية متعددة",
    { kind: "think_tank_report", sourceId: "mei", channel: "published_report" },
  ],
  [
    "001",
    "joining the coalition most likely (same sentence)",
    "معتبرًا أنه الأكثر ترجيحًا",
    { kind: "think_tank_report", sourceId: "mei" },
  ],
  [
    "001",
    "bullet listed after 'according to the report:'",
    "ستكتسب شرعية دولية كشريك",
    { kind: "think_tank_report", sourceId: "mei" },
  ],
  [
    "001",
    "Damascus coordinates with Interior, not Defence",
    "دمشق تدرك وجود عقبات داخلية",
    { kind: "think_tank_report", sourceId: "mei" },
  ],
  ["001", "no official comment from either side (outlet's own)", "ولم يصدر أي تعليق رسمي", { kind: "unattributed" }],
  [
    "000",
    "all residents surveyed preferred the government",
    "أجمع كل من تم استطلاعه على تفضيل الحكومة السورية",
    { kind: "anonymous", sourceName: "مصدر مطلع" },
  ],
  ["000", "coalition refused SDF escort on surveys", "التحالف رفض تكرار ذلك", { kind: "anonymous", sourceName: "مصدر مطلع" }],
  [
    "000",
    "the US no longer needs to rely on the SDF",
    "الولايات المتحدة لم تعد بحاجة إلى الاعتماد على",
    { kind: "official_statement", sourceId: "ahmed-al-sharaa", channel: "tv_interview" },
  ],
  [
    "000",
    "coalition escorted a delegation to al-Hol in May (outlet's own)",
    "رافق التحالف وفداً حكومياً إلى مخيم الهول",
    { kind: "unattributed" },
  ],
  [
    "003",
    "Damascus agreed to join the campaign",
    "الإدارة السورية الجديدة قررت المشاركة في الحملة",
    { kind: "anonymous", sourceName: "مصادر سياسية سورية", via: "erem-news" },
  ],
  [
    "003",
    "Damascus sent its approval through Barrack",
    "دمشق أرسلت عبر المبعوث الأمريكي",
    { kind: "anonymous", via: "erem-news" },
  ],
  [
    "003",
    "SDF leadership was informed; no preparations for a Badia campaign",
    'قيادة "قسد" أُبلغت بهذا الموقف',
    { kind: "anonymous", affiliation: "sdf" },
  ],
  ["003", "no intention of SDF operations in government areas", "وجود أي نية لقيام", { kind: "anonymous", affiliation: "sdf" }],
  [
    "003",
    "SDF ready to join any national effort",
    'استعدادها للمشاركة في أي "جهد وطني سوري ودولي',
    { kind: "official_statement", sourceId: "sdf" },
  ],
  [
    "003",
    "SDF will announce any campaign officially (continues)",
    "سنعلن عنها بشكل رسمي",
    { kind: "official_statement", sourceId: "sdf" },
  ],
  ["003", "Damascus fears joining (observers)", "دمشق تتخوف من المشاركة في الحملة", { kind: "anonymous" }],
  [
    "003",
    "ISIS infiltrated cities incl. Damascus (Mazloum Abdi)",
    "تغلغل في عدد من المدن",
    { kind: "official_statement", sourceId: "mazloum-abdi" },
  ],
  [
    "003",
    "officials say ISIS planned to seize districts (via media)",
    "حصلوا على معلومات تؤكد وجود نوايا",
    { kind: "anonymous", via: "وسائل إعلام" },
  ],
];

describe("attribution suggestions on the sample articles", () => {
  it.each(rows)("%s: %s", (seed, _claim, quote, expected) => {
    expect(suggest(seed, quote)).toContainEqual(expect.objectContaining(expected));
  });

  it("reports both groups of sources when a claim cites two", () => {
    const kinds = suggest("003", "الإدارة السورية الجديدة قررت المشاركة في الحملة");
    expect(kinds).toContainEqual(expect.objectContaining({ kind: "anonymous", affiliation: "sdf", via: "erem-news" }));
    expect(kinds.length).toBe(2);
  });

  it("does not take a recipient outlet for the source's affiliation", () => {
    expect(suggest("000", "التحالف رفض تكرار ذلك")[0].affiliation).toBeNull();
  });
});
