// Dates as Arabic news articles write them: numeric day/month/year, month names of
// both calendars in use (Levantine كانون الثاني… and transliterated يناير…), years.
// Matching runs on normalized text (alef, digits, tashkeel folded) and offsets are
// mapped back to the original text in code points.
import { mapRangeToOriginal, normalizeArabic, normalizeWithMap } from "@/lib/text/normalize";

export type DatePrecision = "day" | "month" | "year" | "unknown";
export type PartialDate = { date: string | null; precision: DatePrecision };
export type DateMention = {
  start: number;
  end: number;
  text: string;
} & PartialDate;
/** referenceMonth (1-12) is optional; without it relative months keep referenceYear. */
export type DateContext = { referenceYear?: number; referenceMonth?: number };

const UNKNOWN: PartialDate = { date: null, precision: "unknown" };
// Normalized spellings (أ/إ/آ → ا, so آب is "اب").
const MONTHS: [string, number][] = [
  "كانون الثاني,شباط,اذار,نيسان,ايار,حزيران,تموز,اب,ايلول,تشرين الاول,تشرين الثاني,كانون الاول",
  "يناير,فبراير,مارس,ابريل,مايو,يونيو|يونيه,يوليو|يوليه,اغسطس,سبتمبر,اكتوبر,نوفمبر,ديسمبر",
].flatMap((cal) => cal.split(",").flatMap((names, i) => names.split("|").map((n): [string, number] => [n, i + 1])));
const MONTH_NUM = new Map(MONTHS);
const MONTH_RE = MONTHS.map(([m]) => m)
  .sort((a, b) => b.length - a.length)
  .join("|");
const YEAR = "(?:19|20)\\d{2}";
const START = "(?<![\\p{L}\\p{N}])";
// Numbers may carry an Arabic clitic ("و2025", "ب04/07/2025"), never a digit or Latin letter.
const NUM_START = "(?<![\\p{N}\\p{Script=Latin}./-])";
const END = "(?![\\p{L}\\p{N}])";
const PAST = "الماضي|الفائت|المنصرم";
const NEXT = "المقبل|القادم";
const RE_NUMERIC = new RegExp(`${NUM_START}(\\d{1,2})([/.-])(\\d{1,2})\\2(${YEAR})(?!\\d|[/.-]\\d)`, "gu");
const RE_ISO = new RegExp(`${NUM_START}(${YEAR})-(\\d{2})-(\\d{2})(?:[Tt][\\d:.]+[Zz]?)?(?!\\d)`, "gu");
const RE_MONTH = new RegExp(
  `(?:${NUM_START}(?<day>\\d{1,2})\\s+(?:من\\s+)?|${START}(?:(?<shahr>شهر|شهري)\\s+|[وفبل]{1,2})?)` +
    `(?<m1>${MONTH_RE})(?:\\s*[/(]\\s*(?<m2>${MONTH_RE})\\s*\\)?)?` +
    `(?:\\s*,?\\s*(?:(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+)?(?<year>${YEAR})` +
    `|\\s+من\\s+(?:ال)?(?:عام|سنه)\\s+(?<relYear>${PAST}|الحالي|الجاري|${NEXT})|\\s+(?<rel>${PAST}|${NEXT}))?${END}`,
  "gdu",
);
const RE_YEAR = new RegExp(
  `(?:${START}(?:مطلع|بدايه|بدء|اوائل|اواسط|منتصف|اواخر|نهايه)\\s+(?:(?:ال)?(?:عام|سنه)\\s+)?|${START}(?:ال)?(?:عام|سنه)\\s+|${NUM_START})(?<year>${YEAR})${END}` +
    `|${START}(?:مطلع|بدايه|بدء|اوائل|اواسط|منتصف|اواخر|نهايه)\\s+(?<cur>العام|السنه)(?!\\s*\\d)${END}` +
    `|${START}(?<relYear>العام|السنه)\\s+(?<rel>${PAST}|الحالي|الجاري|${NEXT})${END}`,
  "gdu",
);
// A bare year only counts after a word that introduces a time ("في 2025", "منذ 2014");
// the words are in normalized spelling (حتى → حتي).
const YEAR_CONTEXT =
  /(?:^|[^\p{L}])[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|مطلع|بدايه|بدء|اوائل|اواسط|منتصف|اواخر|نهايه|عام|العام|سنه|السنه)\s+$/u;

const pad = (n: number) => String(n).padStart(2, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate(); // years here are always >= 1900
}

function make(year: number | null, month?: number, day?: number): PartialDate {
  if (year === null) return UNKNOWN;
  if (month === undefined) return { date: String(year), precision: "year" };
  if (month < 1 || month > 12) return UNKNOWN;
  if (day === undefined) return { date: `${year}-${pad(month)}`, precision: "month" };
  if (day < 1 || day > daysIn(year, month)) return UNKNOWN;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** "أيار الماضي": the reference year, or the one before when May is still ahead of the reference month. */
function relativeYear(month: number, rel: string, ctx: DateContext): number | null {
  const { referenceYear: y, referenceMonth: m } = ctx;
  if (y === undefined) return null;
  if (new RegExp(`^(?:${PAST})$`, "u").test(rel)) return m !== undefined && month > m ? y - 1 : y;
  return m !== undefined && month < m ? y + 1 : y;
}

function yearWord(rel: string, ctx: DateContext): number | null {
  if (ctx.referenceYear === undefined) return null;
  if (new RegExp(`^(?:${PAST})$`, "u").test(rel)) return ctx.referenceYear - 1;
  if (new RegExp(`^(?:${NEXT})$`, "u").test(rel)) return ctx.referenceYear + 1;
  return ctx.referenceYear;
}

type Hit = { s: number; e: number; d: PartialDate };

function monthHit(m: RegExpExecArray, orig: (s: number, e: number) => string, ctx: DateContext): Hit | null {
  const g = m.groups ?? {};
  const idx = m.indices?.groups ?? {};
  const month = MONTH_NUM.get(g.m1) ?? 0;
  const signal = g.day || g.year || g.shahr || g.m2 || g.rel || g.relYear;
  // "مارس" is also the verb "practised", "آب"/"أب" also "father": month only with a signal.
  if ((g.m1 === "مارس" || g.m1 === "اب") && !signal) return null;
  if (g.m1 === "اب" && orig(idx.m1[0], idx.m1[1]).normalize("NFC").startsWith("\u0623")) return null;
  let s = idx.day ? idx.day[0] : idx.m1[0];
  const year = g.year
    ? Number(g.year)
    : g.rel
      ? relativeYear(month, g.rel, ctx)
      : g.relYear
        ? yearWord(g.relYear, ctx)
        : (ctx.referenceYear ?? null);
  let d = make(year, month, g.day ? Number(g.day) : undefined);
  if (g.day && year !== null && d.precision === "unknown") {
    s = idx.m1[0]; // "35 أيار": keep the month, drop the impossible day
    d = make(year, month);
  }
  return { s, e: m.index + m[0].length, d };
}

// English dates in running (lower-cased) text: "october 22", "22 october 2025", "in july". A bare
// month needs a preposition before it, and "may" and "march" (also a verb and a walk) need a day or a year.
const EN_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
const RE_EN_RUNNING = new RegExp(
  `${START}(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<en>${EN_MONTH_NAMES})(?:\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+(?<y>${YEAR}))?${END}`,
  "gu",
);
const EN_BEFORE_MONTH = /(?:^|[^\p{L}])(?:in|on|since|until|till|by|from|early|late|mid|last|this|next|of|before|after)\s+$/u;

function englishHit(m: RegExpExecArray, normalized: string, ctx: DateContext): Hit | null {
  const g = m.groups ?? {};
  const month = EN_MONTH_NAMES.split("|").indexOf(g.en) + 1;
  const day = g.d1 ?? g.d2;
  const signal = day || g.y;
  if (
    !signal &&
    (g.en === "may" || g.en === "march" || !EN_BEFORE_MONTH.test(normalized.slice(Math.max(0, m.index - 12), m.index)))
  )
    return null;
  const year = g.y ? Number(g.y) : (ctx.referenceYear ?? null);
  const d = make(year, month, day ? Number(day) : undefined);
  return d.date ? { s: m.index, e: m.index + m[0].length, d } : null;
}

export function findDates(text: string, opts: DateContext = {}): DateMention[] {
  const { normalized, map } = normalizeWithMap(text);
  const cpAt: number[] = [];
  let cp = 0;
  for (const c of normalized) {
    for (let k = 0; k < c.length; k++) cpAt.push(cp);
    cp++;
  }
  cpAt.push(cp);
  const cps = [...text];
  const toOrig = (s: number, e: number) => mapRangeToOriginal(map, cpAt[s], cpAt[e]);
  const orig = (s: number, e: number) => {
    const r = toOrig(s, e);
    return cps.slice(r.start, r.end).join("");
  };
  const hits: Hit[] = [];
  const add = (h: Hit | null) => {
    if (h && !hits.some((x) => h.s < x.e && x.s < h.e)) hits.push(h);
  };
  // Numeric dates are read day/month/year as the sources write them; invalid ones are skipped.
  const numeric = (m: RegExpExecArray, d: PartialDate) => d.date && add({ s: m.index, e: m.index + m[0].length, d });
  for (const m of normalized.matchAll(RE_ISO)) numeric(m, make(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of normalized.matchAll(RE_NUMERIC)) numeric(m, make(Number(m[4]), Number(m[3]), Number(m[1])));
  for (const m of normalized.matchAll(RE_MONTH)) add(monthHit(m, orig, opts));
  for (const m of normalized.matchAll(RE_EN_RUNNING)) add(englishHit(m, normalized, opts));
  for (const m of normalized.matchAll(RE_YEAR)) {
    const g = m.groups ?? {};
    const e = m.index + m[0].length;
    if (g.year) {
      const prefixed = m[0].length > g.year.length;
      if (!prefixed && !YEAR_CONTEXT.test(normalized.slice(Math.max(0, m.index - 12), m.index))) continue;
      add({ s: m.index, e, d: make(Number(g.year)) });
    } else if (g.cur) add({ s: m.index, e, d: make(opts.referenceYear ?? null) });
    else add({ s: m.index, e, d: make(yearWord(g.rel, opts)) });
  }
  return hits
    .sort((a, b) => a.s - b.s)
    .map((h) => {
      const r = toOrig(h.s, h.e);
      return {
        start: r.start,
        end: r.end,
        text: cps.slice(r.start, r.end).join(""),
        ...h.d,
      };
    });
}

// English month names are read only in a whole date string (a form field, a catalog entry): in
// running English text "may" and "march" are too often not months.
const EN_MONTHS = "january,february,march,april,may,june,july,august,september,october,november,december".split(",");
const EN_MONTH = (name: string) => {
  const i = EN_MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name.replace(/\.$/, ""))));
  return i < 0 ? 0 : i + 1;
};
const EN_MONTH_RE = "([a-z]{3,9}\\.?)";

const RE_WHOLE: [RegExp, (m: RegExpExecArray) => PartialDate][] = [
  [
    new RegExp(`^(\\d{1,2})\\s+${EN_MONTH_RE},?\\s+(${YEAR})$`, "u"),
    (m) => (EN_MONTH(m[2]) ? make(Number(m[3]), EN_MONTH(m[2]), Number(m[1])) : UNKNOWN),
  ],
  [
    new RegExp(`^${EN_MONTH_RE}\\s+(\\d{1,2}),?\\s+(${YEAR})$`, "u"),
    (m) => (EN_MONTH(m[1]) ? make(Number(m[3]), EN_MONTH(m[1]), Number(m[2])) : UNKNOWN),
  ],
  [new RegExp(`^${EN_MONTH_RE},?\\s+(${YEAR})$`, "u"), (m) => (EN_MONTH(m[1]) ? make(Number(m[2]), EN_MONTH(m[1])) : UNKNOWN)],
  [new RegExp(`^(${YEAR})$`, "u"), (m) => make(Number(m[1]))],
  [new RegExp(`^(${YEAR})-(\\d{2})$`, "u"), (m) => make(Number(m[1]), Number(m[2]))],
  [new RegExp(`^(\\d{1,2})[/.-](${YEAR})$`, "u"), (m) => make(Number(m[2]), Number(m[1]))],
  [new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})(?:t[\\d:.]+z?)?$`, "u"), (m) => make(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(${YEAR})(?:\\s.*)?$`, "u"), (m) => make(Number(m[4]), Number(m[3]), Number(m[1]))],
  // Any other all-numeric string (13/13/2025 is caught above as invalid) is not guessed at.
  [/^[\d\s/.:-]+$/u, () => UNKNOWN],
];

/** Parses a whole date string (metadata, datelines); anything unreadable or invalid is "unknown". */
export function parseDateString(s: string): PartialDate {
  const t = normalizeArabic(s);
  for (const [re, read] of RE_WHOLE) {
    const m = re.exec(t);
    if (m) return read(m);
  }
  const found = findDates(s).find((d) => d.date !== null);
  return found ? { date: found.date, precision: found.precision } : UNKNOWN;
}

export function formatPartialDate(d: PartialDate, locale: "ar" | "en"): string {
  const m = d.date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d.date) : null;
  if (!m || d.precision === "unknown") return locale === "ar" ? "تاريخ غير معروف" : "date unknown";
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  const fields: Intl.DateTimeFormatOptions =
    d.precision === "day"
      ? { day: "numeric", month: "long", year: "numeric" }
      : d.precision === "month"
        ? { month: "long", year: "numeric" }
        : { year: "numeric" };
  // Western digits as in the sources; en-GB keeps the day-first order Arabic readers expect.
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : "en-GB", {
    ...fields,
    timeZone: "UTC",
  }).format(date);
}
