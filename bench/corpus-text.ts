// Synthetic Arabic news articles for benchmarks: page furniture around a body assembled from
// seed-like sentences (attribution cues, actors, places from the gazetteer, numbers, dates and the
// obfuscated spellings real pages carry). Pure and deterministic for a given random generator.
import northEastSyria from "@/lib/knowledge/packs/north-east-syria.json";
import type { Random } from "./random";

export type Span = { start: number; end: number };
export const STORY_SIZE = 8;

export type SyntheticArticle = {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  text: string;
  /** Body sentences (code-point offsets): the spans claims are made from. */
  sentences: Span[];
  /** The attribution cue of each sentence: an index into CUES (0: none). */
  cues: number[];
};

export const OUTLETS = [
  "المدن",
  "عنب بلدي",
  "تلفزيون سوريا",
  "الشرق الأوسط",
  "إرم نيوز",
  "العربي الجديد",
  "هاشتاغ",
  "نورث برس",
  "زمان الوصل",
  "الحل نت",
  "روداو",
  "سكاي نيوز عربية",
  "الجزيرة نت",
  "عربي 21",
  "القدس العربي",
  "الوطن",
  "سانا",
  "رووداو عربية",
  "الخليج أونلاين",
  "فرات بوست",
  "دير الزور 24",
  "صوت العاصمة",
  "السورية نت",
  "أثر برس",
];

// Actors as pages name them, weighted: the coalition and the SDF dominate the story.
const ACTOR_FORMS = [
  ...Array<string>(5).fill("التحالف الدولي"),
  ...Array<string>(3).fill("القوات الأمريكية"),
  ...Array<string>(3).fill("قوات سوريا الديمقراطية"),
  ...Array<string>(2).fill("قسد"),
  ...Array<string>(3).fill("الحكومة السورية"),
  "جيش سوريا الحرة",
  "القوات التركية",
  "القوات الروسية",
  "الحرس الثوري الإيراني",
];
// The sample story's places (a fixed list, so benchmark corpora stay the same as packs grow).
const SPOTS = northEastSyria.places
  .filter((p) => ["base", "field", "town", "city", "dam", "crossing", "village"].includes(p.kind))
  .map((p) => p.nameAr);
const MONTHS = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو"].concat([
  "تموز/يوليو",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
]);
const NUMBERS = ["ثلاثة", "خمسة", "عشرات", "12", "20", "35", "150", "مئات", "سبعة", "40"];

// {A} actor, {P} place, {N} number, {O} outlet, {D} written date.
export const CUES = [
  "",
  "قال مصدر مطلع لـ”{O}“ إن ",
  "وأفاد المرصد السوري لحقوق الإنسان بأن ",
  "وذكر مراسل {O} أن ",
  "وبحسب مصادر محلية في {P}، ",
  "وأكد المتحدث باسم {A} أن ",
  "ونقلت وكالة رويترز عن مسؤول أمريكي أن ",
  'وقالت مصادر عسكرية لـ"{O}"، إن ',
  "وأوضح شهود عيان أن ",
];
const CLAIMS = [
  "{A} سحب {N} من عناصره من {P} خلال الأيام الماضية",
  "{A} أخلى نقاط تمركزه في محيط {P} {D}",
  "{A} أرسل تعـ ـزيزات عسكرية تضم {N} شاحنة إلى {P}",
  "{A} نشر جنوداً إضافيين ومدرعات في {P} {D}",
  "قوات {A} لا تزال متمركزة في {P} رغم الأنباء عن انسحابها",
  "رتلاً تابعاً لـ{A} يضم {N} آلية وصل إلى {P} قادماً من العراق",
  "اشتباكات اندلعت بين {A} وخلايا تنظيم د..ا..عـ ـش قرب {P} أسفرت عن مقتل {N} أشخاص",
  "طائرة شحن عسكرية تابعة لـ{A} هبطت في {P} محملة بالمعدات والذخائر",
  "{A} يعتزم تقليص وجوده العسـ ـكري في {P} قبل نهاية العام",
  "{A} نسق مع الحكومة السورية لتسليم {P} إلى وزارة الدفاع",
  "دورية مشتركة لـ{A} جالت في شوارع {P} {D} وسط انتشار أمني",
  "{A} أغلق الطريق الواصل بين {P} وريف الحسكة أمام حركة المدنيين",
];
const BACKGROUND = [
  "ويأتي ذلك في سياق التحولات التي تشهدها المنطقة منذ مطلع العام.",
  "ولم يصدر أي تعليق رسمي حتى لحظة إعداد هذا التقرير.",
  "وتشهد المنطقة توتراً متصاعداً بين الأطراف المحلية.",
  "ويرى مراقبون أن هذه الخطوة قد تمهد لمرحلة جديدة من المفاوضات.",
];
const HEADINGS = ["تنسيق بين التحالف والحكومة", "عقبات الانضمام", "تطورات ميدانية", "مواقف متباينة"];
const RELATED = [
  "مداهمات واعتقالات في عمليات “الداخلية” ضد تنظيم “الدولة”",
  "واشنطن تدرس خفض عدد قواتها في سوريا",
  "قسد تعلن إحباط هجوم على سجن غويران",
];

/**
 * Article `index` of the corpus. Articles come in stories of STORY_SIZE consecutive articles: one
 * day, one main actor, one main place, told by different outlets (as a newsroom archive holds them),
 * which is what gives link detection something to find across articles.
 */
export function syntheticArticle(
  rng: Random,
  story: Random,
  index: number,
  opts: { claimSentences?: number } = {},
): SyntheticArticle {
  const outlet = rng.pick(OUTLETS);
  const year = story.int(2019, 2025);
  const month = story.int(1, 12);
  const day = story.int(1, 28);
  const pad = (n: number) => String(n).padStart(2, "0");
  const publishedAt = `${year}-${pad(month)}-${pad(day)}`;
  const writtenDate = () => (rng.chance(0.5) ? `في ${rng.int(1, 28)} ${rng.pick(MONTHS)} ${year}` : "");
  const fill = (template: string, actor: string, place: string) =>
    template
      .replaceAll("{A}", actor)
      .replaceAll("{P}", place)
      .replaceAll("{N}", rng.pick(NUMBERS))
      .replaceAll("{O}", outlet)
      .replaceAll("{D}", writtenDate())
      .replace(/\s+/g, " ")
      .trim();
  const mainActor = story.pick(ACTOR_FORMS);
  const mainPlace = story.pick(SPOTS);
  const title = fill(rng.pick(CLAIMS), mainActor, mainPlace);

  const parts: string[] = [];
  let length = 0;
  const sentences: Span[] = [];
  const cues: number[] = [];
  const push = (s: string) => {
    parts.push(s);
    length += [...s].length;
  };
  push(`${outlet}\nبحث\n\n${title}\n\n${pad(day)}/${pad(month)}/${year}\n\nشارك المقال\n\nA\nA\n\n`);
  const wanted = opts.claimSentences ?? rng.int(11, 16);
  for (let i = 0; i < wanted; i++) {
    if (i > 0 && i % 5 === 0) push(`${rng.pick(HEADINGS)}\n\n`);
    const actor = rng.chance(0.45) ? mainActor : rng.pick(ACTOR_FORMS);
    const place = rng.chance(0.4) ? mainPlace : rng.pick(SPOTS);
    const cue = rng.int(0, CUES.length - 1);
    const lead = cue === 0 ? "" : `${fill(CUES[cue], actor, place)} `;
    const sentence = `${lead}${fill(rng.pick(CLAIMS), actor, place)}.`;
    cues.push(cue);
    sentences.push({ start: length, end: length + [...sentence].length });
    push(sentence);
    push(rng.chance(0.3) ? ` ${rng.pick(BACKGROUND)}\n\n` : "\n\n");
  }
  push(`اقرأ أيضاً\n${rng.pick(RELATED)}\nمشاركة المقال:`);
  return {
    title,
    outlet,
    url: `https://example.org/${encodeURIComponent(outlet)}/${index}`,
    publishedAt,
    text: parts.join(""),
    sentences,
    cues,
  };
}
