import { compileWords, isSentenceBreak, matchWord, type Token, type WordSet } from "./match";

// Figures a claim gives for an event: how many were killed or injured, how many trucks crossed, how
// many fled. Two claims about the same place and days that give different figures disagree ("47
// killed" against "about 200"), the same figure corroborates. A number counts for the unit word
// nearest to it in its sentence (before it within three words, else after it within four); the first
// figure of a unit is the claim's (later ones are breakdowns: "بينهم 11 طفلا").

export const FIGURE_UNITS = ["killed", "injured", "trucks", "displaced"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type Figure = { unit: FigureUnit; value: number; cue: string };

const UNIT_WORDS: Record<FigureUnit, WordSet> = {
  killed: compileWords([
    "مقتل|قتل|قتلت|قتلوا|قتلى|قتيل*|القتلى|استشهاد|شهيد*|الشهداء|وفاة|حتفهم|ضحايا|ضحية|الضحايا",
    "killed|dead|deaths|died|death|fatalities|toll",
  ]),
  injured: compileWords(["إصابة|أصيب*|جرحى|جريح*|الجرحى|مصاب*|المصابين", "injured|wounded|injuries|hurt"]),
  trucks: compileWords(["شاحنة|شاحنات|الشاحنات|شاحنتين", "trucks|truck|lorries|lorry"]),
  displaced: compileWords(["نازح*|النازحين|نزوح|فروا|فر|لاجئ*", "displaced|fled|refugees"]),
};
/** A number followed by these is a date, a distance or a duration, not a count. */
const NOT_COUNTS = compileWords([
  "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين",
  "كيلومتر*|كلم|كم|متر*|ساعة|ساعات|يوم|أيام|يوما|أسبوع*|شهر|أشهر|عام|أعوام|سنة|سنوات|بالمئة|بالمائة|دقيقة|دقائق",
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "km|kilometres|kilometers|miles|metres|meters|hours|hour|days|day|weeks|months|years|percent|minutes",
]);

const NUMBER = /^\d{1,7}$/;
const isYear = (n: number) => n >= 1900 && n <= 2100;

function unitAt(tokens: Token[], k: number): FigureUnit | null {
  for (const unit of FIGURE_UNITS) if (matchWord(tokens[k].text, UNIT_WORDS[unit]) !== null) return unit;
  return null;
}

/** The figures in a normalized claim's tokens, at most one per unit. */
export function findFigures(tokens: Token[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NUMBER.test(tokens[i].text)) continue;
    const value = Number(tokens[i].text);
    if (isYear(value) || (i + 1 < tokens.length && matchWord(tokens[i + 1].text, NOT_COUNTS) !== null)) continue;
    let unit: FigureUnit | null = null;
    let at = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3) && !unit; k--) {
      if (isSentenceBreak(tokens[k + 1])) break;
      unit = unitAt(tokens, k);
      at = k;
    }
    for (let k = i + 1; k <= i + 4 && k < tokens.length && !unit; k++) {
      if (isSentenceBreak(tokens[k])) break;
      unit = unitAt(tokens, k);
      at = k;
    }
    if (!unit || out.some((f) => f.unit === unit)) continue;
    const [a, b] = at < i ? [at, i] : [i, at];
    out.push({
      unit,
      value,
      cue: tokens
        .slice(a, b + 1)
        .map((t) => t.text)
        .join(" "),
    });
  }
  return out;
}

/** Two figures for one event disagree when one is at least half as large again and they differ by 3 or more. */
export function figuresDisagree(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return hi - lo >= 3 && hi >= 1.5 * lo;
}
