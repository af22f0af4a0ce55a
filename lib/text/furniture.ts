// Page-layout detection for pasted news pages. Nothing is removed: furniture
// (widgets, chrome, repeats) and headings come back as code-point ranges into
// the original text so claims, search and segmentation can skip them.
import { normalizeArabic } from "./normalize";

// prettier-ignore
export const FURNITURE_KINDS = [
  "site_header", "search", "share", "font_size", "dateline", "byline", "caption",
  "repeated_headline", "pull_quote", "related", "tags", "comments", "cookie_notice",
  "outlet_blurb", "copyright", "blank",
] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];
export type Range = { start: number; end: number };
export type Furniture = Range & { kind: FurnitureKind };
export type Layout = {
  furniture: Furniture[];
  headings: Range[];
  title: { text: string; start: number; end: number; derived: boolean } | null;
};

type Line = Range & { text: string; toks: string[]; kind?: FurnitureKind };

const norm = (s: string) => normalizeArabic(s).toLowerCase();
const tokensOf = (s: string) =>
  norm(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
const set = (words: string) => new Set(words.split(/\s+/).map(norm));

// Widget vocabularies. A line is a widget when every token is widget vocabulary
// (glue words allowed) and at least one is a head word.
const GLUE = set("على عبر في عن من المقال الخبر الموضوع هذا هنا us on via the this");
const SHARE = set(`شارك شاركوا شاركها مشاركة طباعة اطبع تويتر فيسبوك فيس بوك واتساب واتس تلغرام تيليغرام تيليجرام
  انستغرام يوتيوب لينكدان ارسل البريد الالكتروني نسخ انسخ الرابط تابعنا تابعونا share print email facebook twitter
  whatsapp telegram linkedin copy link follow x`);
const SEARCH = set("بحث ابحث البحث search اكتب كلمة");
const FONT = set("a أ حجم الخط تكبير تصغير");
const DATE_WORDS = set(`السبت الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة يناير فبراير مارس
  ابريل أبريل مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر كانون الثاني شباط آذار نيسان أيار
  حزيران تموز آب أيلول تشرين الأول am pm ص م صباحا مساء نشر في بتاريخ تاريخ النشر آخر تحديث محدث منذ ساعة ساعات
  دقيقة دقائق يوم ايام بتوقيت غرينتش مكة gmt utc published updated at`);
// Lines that start with one of these phrases (and are short) are that widget.
// prettier-ignore
const STARTS: Array<[FurnitureKind, string[], number]> = [
  ["comments", ["التعليقات", "تعليقات", "أضف تعليق", "اترك تعليقا", "اكتب تعليقك", "comments", "leave a comment"], 5],
  ["related", ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "ذات صلة",
    "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "منشور حديثا", "أحدث المقالات", "آخر الأخبار",
    "أخبار متعلقة", "قد يهمك", "شاهد أيضا", "read more", "related", "most read"], 25],
  ["tags", ["الصنف", "التصنيف", "الوسوم", "وسوم", "كلمات مفتاحية", "tags", "category"], 8],
  ["byline", ["بقلم", "كتب", "كتبت", "إعداد", "تحرير", "بواسطة", "by"], 6],
  ["caption", ["صورة", "الصورة", "صورة أرشيفية", "photo", "image"], 20],
];
// Lines that contain one of these phrases (up to a length) are that notice.
// prettier-ignore
const CONTAINS: Array<[FurnitureKind, string[], number]> = [
  ["cookie_notice", ["ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "cookies", "cookie"], 120],
  ["copyright", ["جميع الحقوق محفوظة", "الحقوق محفوظة", "حقوق النشر", "all rights reserved", "copyright"], 25],
  ["outlet_blurb", ["مؤسسة إعلامية", "منصة إعلامية", "موقع إخباري", "من نحن", "about us", "أسسها", "تأسس الموقع"], 40],
];
const STARTS_N = STARTS.map(([k, ps, max]) => [k, ps.map(tokensOf), max] as const);
const CONTAINS_N = CONTAINS.map(([k, ps, max]) => [k, ps.map((p) => tokensOf(p).join(" ")), max] as const);

const TERMINAL = /[.!?؟…:؛]["'”“»)\]]*$/u;
const BULLET = /^[•·▪◦‣●*-]\s/u;
const SLUG = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$/u;
const WS = /^[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff]*$/u;
const WS_CH = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff]/u;

function splitLines(text: string): Line[] {
  const cps = [...text];
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== "\n") continue;
    let a = s;
    let b = i > s && cps[i - 1] === "\r" ? i - 1 : i;
    const raw = cps.slice(a, b).join("");
    if (!WS.test(raw)) {
      while (WS_CH.test(cps[a])) a++;
      while (WS_CH.test(cps[b - 1])) b--;
    }
    const t = cps.slice(a, b).join("");
    lines.push({
      start: a,
      end: b,
      text: t,
      toks: WS.test(t) ? [] : tokensOf(t),
    });
    s = i + 1;
  }
  return lines.filter((l) => l.end > l.start);
}

const allIn = (toks: string[], head: Set<string>) =>
  toks.length > 0 && toks.every((t) => head.has(t) || GLUE.has(t)) && toks.some((t) => head.has(t));
const startsWith = (toks: string[], p: string[]) => p.every((w, i) => toks[i] === w);

/** Lexical and shape cues that need no context. */
function lexicalKind(l: Line): FurnitureKind | undefined {
  const t = l.toks;
  if (t.length === 0) return "blank";
  if (/^(?:[Aaأ][+\-−]?\s*)+$/u.test(l.text) || (t.length <= 3 && allIn(t, FONT) && t.includes("الخط"))) return "font_size";
  if (t.length <= 6 && allIn(t, SHARE)) return "share";
  if (t.length <= 5 && allIn(t, SEARCH)) return "search";
  if (t.length <= 10 && t.some((w) => /\d/.test(w)) && t.every((w) => /^\d+$/.test(w) || DATE_WORDS.has(w))) return "dateline";
  if (SLUG.test(l.text) && /\p{L}/u.test(l.text)) return "caption";
  const joined = t.join(" ");
  for (const [k, ps, max] of CONTAINS_N) if (t.length <= max && ps.some((p) => ` ${joined} `.includes(` ${p} `))) return k;
  if (l.text.includes("©") && t.length <= 25) return "copyright";
  for (const [k, ps, max] of STARTS_N) {
    if (t.length > max || !ps.some((p) => startsWith(t, p))) continue;
    if (k === "caption" || k === "byline" ? !TERMINAL.test(l.text) : true) return k;
  }
  return undefined;
}

const headlineLike = (l: Line, max = 14) =>
  l.toks.length > 0 && l.toks.length <= max && !TERMINAL.test(l.text) && !BULLET.test(l.text);
const isProse = (l: Line) => BULLET.test(l.text) || l.toks.length >= 15 || (l.toks.length >= 5 && TERMINAL.test(l.text));

/** Longest common subsequence and longest common run of two token lists. */
function overlap(a: string[], b: string[]): { lcs: number; run: number } {
  let prev = new Array(b.length + 1).fill(0);
  let prevRun = new Array(b.length + 1).fill(0);
  let run = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array(b.length + 1).fill(0);
    const curRun = new Array(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        curRun[j] = prevRun[j - 1] + 1;
        run = Math.max(run, curRun[j]);
      } else cur[j] = Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
    prevRun = curRun;
  }
  return { lcs: prev[b.length], run };
}

// A pull quote re-prints (possibly trimmed) a sentence of a longer paragraph.
function isPullQuote(l: Line, lines: Line[]): boolean {
  if (l.toks.length < 6) return false;
  return lines.some((p) => {
    if (p === l || p.kind || p.toks.length <= l.toks.length + 2) return false;
    const { lcs, run } = overlap(l.toks, p.toks);
    return lcs >= 0.75 * l.toks.length && run >= Math.max(5, Math.ceil(0.4 * l.toks.length));
  });
}

const sameText = (a: Line, b: Line) => a.toks.length > 0 && a.toks.join(" ") === b.toks.join(" ");
const hasComplementizer = (l: Line) => l.toks.some((w) => w === "ان" || w === "بان" || w === "انه");

export function detectLayout(text: string, meta: { title?: string | null } = {}): Layout {
  const lines = splitLines(text);
  const content = lines.filter((l) => l.toks.length > 0);
  for (const l of lines) l.kind = lexicalKind(l);

  // Title: the line matching the known title, else the first content line before
  // the body that is not furniture.
  const metaToks = meta.title ? tokensOf(meta.title).join(" ") : "";
  let title = metaToks ? content.find((l) => l.toks.join(" ") === metaToks) : undefined;
  if (title) title.kind = undefined;
  for (const l of content) if (!l.kind && l !== title && isPullQuote(l, content)) l.kind = "pull_quote";
  const firstProse = content.findIndex((l) => !l.kind && isProse(l));
  const head = firstProse < 0 ? content : content.slice(0, firstProse);
  // Pull-quote-like lines before the body are the headline or deck, which the lead repeats.
  for (const l of head) if (l.kind === "pull_quote") l.kind = undefined;
  title ??= head.find((l) => !l.kind && l.toks.length >= 4) ?? content.find((l) => !l.kind);
  const titleAt = title ? content.indexOf(title) : -1;

  const headings: Range[] = [];
  // Anything repeating the title, or a headline-like line printed twice.
  content.forEach((l, i) => {
    if (l === title || l.kind) return;
    if ((title && sameText(l, title)) || (headlineLike(l) && content.slice(0, i).some((p) => sameText(p, l))))
      l.kind = "repeated_headline";
  });
  // Head zone: chrome before the headline, deck / byline after it.
  head.forEach((l, i) => {
    if (l.kind || l === title) return;
    if (i < titleAt) l.kind = "site_header";
    else if (l.toks.length >= 4 && headlineLike(l)) headings.push(l);
    else l.kind = "byline";
  });

  // Tail: from a comments header (after the body started) to the end.
  const bodyStart = firstProse < 0 ? content.length : firstProse;
  const commentsAt = content.findIndex((l, i) => i > bodyStart && l.kind === "comments");
  // Trailing chrome: the run of widget and headline-like lines after the last prose line.
  let tailFrom = commentsAt < 0 ? content.length : commentsAt;
  while (tailFrom > bodyStart && (content[tailFrom - 1].kind || headlineLike(content[tailFrom - 1]))) tailFrom--;
  const tail = content.slice(tailFrom);
  const chrome = tail.some((l) => l.kind && l.kind !== "blank" && l.kind !== "pull_quote");
  let prev: FurnitureKind = "related";
  tail.forEach((l, i) => {
    const inComments = commentsAt >= 0 && tailFrom + i >= commentsAt;
    if (!l.kind && inComments && siteName(content, titleAt, l)) l.kind = "outlet_blurb";
    if (!l.kind && (inComments || chrome)) l.kind = inComments ? (tailFrom + i === commentsAt ? "comments" : prev) : "related";
    if (l.kind && l.kind !== "blank") prev = l.kind;
  });
  // Outlet blurbs only count in the tail; earlier they are ordinary sentences.
  content.forEach((l, i) => {
    if (i < tailFrom && l.kind === "outlet_blurb") l.kind = undefined;
  });

  // Subheadings: short unpunctuated lines between body paragraphs.
  content.forEach((l, i) => {
    if (i <= bodyStart || i >= tailFrom || l.kind || l === title) return;
    if (headlineLike(l, 12) && !hasComplementizer(l)) headings.push(l);
  });
  if (title && titleAt < bodyStart && !title.kind && headlineLike(title, 30)) headings.push(title);

  const furniture = lines
    .filter((l) => l.kind && !(l.kind === "blank" && l.text === ""))
    .map((l) => ({
      start: l.start,
      end: l.end,
      kind: l.kind as FurnitureKind,
    }));
  headings.sort((a, b) => a.start - b.start);
  return {
    furniture,
    headings: headings.map(({ start, end }) => ({ start, end })),
    title: title
      ? {
          text: title.text,
          start: title.start,
          end: title.end,
          derived: !metaToks || !sameTitle(title, metaToks),
        }
      : null,
  };
}

const sameTitle = (l: Line, metaToks: string) => l.toks.join(" ") === metaToks;

// The outlet's name as printed in the site header, seen again in the footer.
function siteName(content: Line[], titleAt: number, l: Line): boolean {
  const names = content
    .slice(0, Math.max(0, titleAt))
    .filter((h) => h.kind === "site_header")
    .flatMap((h) => h.toks);
  return names.length > 0 && l.toks.some((t) => names.includes(t));
}
