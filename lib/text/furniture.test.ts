import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectLayout, FURNITURE_KINDS, type FurnitureKind, type Layout } from "./furniture";

const seedDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const catalog = JSON.parse(readFileSync(seedDir + "catalog.json", "utf8")) as {
  articles: Array<{ file: string; title: string | null }>;
};
const load = (prefix: string) => {
  const entry = catalog.articles.find((a) => a.file.startsWith(prefix))!;
  return {
    text: readFileSync(seedDir + entry.file, "utf8"),
    title: entry.title,
  };
};

// Line view of a layout: which (trimmed, non-blank) lines are furniture / headings.
function lineView(text: string, layout: Layout) {
  const cps = [...text];
  const lineAt = (o: number) => cps.slice(0, o).filter((c) => c === "\n").length;
  const lines = text.split("\n");
  const furniture = layout.furniture
    .filter((f) => f.kind !== "blank")
    .map((f) => [lineAt(f.start) + 1, f.kind] as [number, FurnitureKind]);
  const headings = layout.headings.map((h) => lineAt(h.start) + 1);
  return { lines, furniture, headings, lineAt };
}

// Expected layout written from reading each seed line by line: [line text prefix, kind].
type Expect = {
  furniture: Array<[string, FurnitureKind]>;
  headings: string[];
  title: string;
};
const EXPECTED: Record<string, Expect> = {
  "000": {
    furniture: [], // clean body; only trailing empty lines
    headings: ["تنسيق بين التحالف والحكومة", "الوساطة بين “قسد” والحكومة"],
    title: "نفذ التحالف الدولي سلسلة زيارات", // no headline: first body line, derived
  },
  "001": {
    furniture: [
      ["السبت, 29 نوفمبر 2025 08:47 PM", "dateline"],
      ["الداخلية السورية تعترض رتلًا", "repeated_headline"], // second printing (line 5)
      ["مداهمات واعتقالات في عمليات", "related"], // unlabelled related headline at the end
      ["مشاركة المقال:", "share"],
    ],
    headings: ["الداخلية السورية تعترض رتلًا", "دمشق تنضم لـ", "فوائد الانضمام للتحالف", "عقبات الانضمام"],
    title: "الداخلية السورية تعترض رتلًا",
  },
  "002": {
    furniture: [],
    headings: ["عمليات مكثفة في الحسكة", "تاريخ من الدعم الحاسم"],
    title: "قال مصدر مسؤول في قوات سوريا",
  },
  "003": {
    furniture: [
      ["هاشتاغ", "site_header"],
      ["بحث", "search"],
      ["04/07/2025", "dateline"],
      ["قوات-خاصة-سورية", "caption"],
      ["شارك المقال", "share"],
      ["A", "font_size"],
      ["A", "font_size"],
      ["دمشق أرسلت عبر توماس باراك", "pull_quote"],
      ["دمشق تخشى رفض بعض الفصائل", "pull_quote"],
      ["التعليقات", "comments"],
      ["الصنف", "tags"],
      ["سياسة", "tags"],
      ["منشور حديثاً", "related"],
      ["الأكثر قراءة", "related"],
      ["تابعنا", "share"],
      ["مقالات ذات صلة", "related"],
      ["يستخدم موقع هاشتاغ", "cookie_notice"],
      ["هاشتاغ بيحكي عنك", "outlet_blurb"],
      ["مؤسسة إعلامية مستقلة", "outlet_blurb"],
      ["أسّسها محمد محمود هرشو", "outlet_blurb"],
      ["محمد محمود هرشو", "outlet_blurb"],
      ["جميع الحقوق محفوظة", "copyright"],
    ],
    headings: ["بضغط من واشنطن.. دمشق", "موافقة دمشق", "مخاوف دمشق"],
    title: "بضغط من واشنطن.. دمشق",
  },
  "004": {
    furniture: [],
    // headline, its deck, and three crossheads
    headings: [
      "التحالف الدولي وقسد يعـ ـززان",
      "نشر قوات خاصة وقناصة",
      "تعزيزات عسكرية نوعية",
      "تكثيف قوات “قسد”",
      "الشراكة بين التحالف الدولي وقسد",
    ],
    title: "التحالف الدولي وقسد يعـ ـززان",
  },
};

// Resolves text prefixes to 1-based line numbers, in order, so repeated lines ("A") map to successive lines.
function resolve(lines: string[], prefixes: string[]): number[] {
  let from = 0;
  const out: number[] = [];
  for (const p of prefixes) {
    const i = lines.findIndex((l, k) => k >= from && l.trim().startsWith(p) && (p.length > 2 || l.trim() === p));
    if (i < 0) throw new Error(`no line starts with ${p}`);
    out.push(i + 1);
    from = i + 1;
  }
  return out;
}

describe("detectLayout on the seeds", () => {
  for (const [seed, exp] of Object.entries(EXPECTED)) {
    it(`${seed}: furniture, headings and title`, () => {
      const { text, title } = load(seed);
      const layout = detectLayout(text, { title });
      const { lines, furniture, headings } = lineView(text, layout);
      // Repeated headline: the second printing is furniture, so resolve it after the first.
      const furnLines = resolve(
        lines,
        exp.furniture.map(([p]) => p).filter((p) => p !== "الداخلية السورية تعترض رتلًا"),
      );
      const expected = exp.furniture
        .filter(([p]) => p !== "الداخلية السورية تعترض رتلًا")
        .map(([, k], i) => [furnLines[i], k] as [number, FurnitureKind]);
      if (seed === "001") expected.push([5, "repeated_headline"]);
      expect(furniture.sort((a, b) => a[0] - b[0])).toEqual(expected.sort((a, b) => a[0] - b[0]));
      expect(headings).toEqual(resolve(lines, exp.headings));
      expect(layout.title?.text.startsWith(exp.title)).toBe(true);
      expect(layout.title?.derived).toBe(!title);
    });
  }

  it("003: everything from the comments header to the end is furniture", () => {
    const { text, title } = load("003");
    const layout = detectLayout(text, { title });
    const cps = [...text];
    const from = cps.join("").indexOf("التعليقات"); // all BMP before it: UTF-16 index = code point index
    const covered = new Set<number>();
    for (const f of layout.furniture) for (let i = f.start; i < f.end; i++) covered.add(i);
    for (let i = [...text.slice(0, from)].length; i < cps.length; i++) if (/\S/u.test(cps[i])) expect(covered.has(i)).toBe(true);
  });

  it("ranges are code-point offsets of the trimmed line, kinds from the exported list", () => {
    const { text, title } = load("003");
    const layout = detectLayout(text, { title });
    const cps = [...text];
    for (const f of layout.furniture) {
      expect(FURNITURE_KINDS).toContain(f.kind);
      const s = cps.slice(f.start, f.end).join("");
      if (f.kind !== "blank") expect(s).toBe(s.trim());
    }
    expect(cps.slice(layout.title!.start, layout.title!.end).join("")).toBe(layout.title!.text);
  });

  it("derives the title when no metadata is given, skipping the dateline and chrome", () => {
    expect(detectLayout(load("001").text).title).toMatchObject({
      text: expect.stringMatching(/^الداخلية السورية/),
      derived: true,
    });
    expect(detectLayout(load("003").text).title).toMatchObject({
      text: expect.stringMatching(/^بضغط من واشنطن/),
      derived: true,
    });
    // Same furniture either way: the rules do not depend on the catalog title.
    const a = detectLayout(load("003").text);
    const b = detectLayout(load("003").text, { title: load("003").title });
    expect(a.furniture).toEqual(b.furniture);
  });
});

describe("detectLayout on an unseen page", () => {
  const page = [
    "الرئيسية",
    "عاجل",
    "الجيش يعلن السيطرة على قرية جديدة في ريف حلب الشرقي",
    "بقلم: سامر الأحمد",
    "الأحد، 12 أكتوبر 2025",
    "فيسبوك تويتر واتساب",
    "أعلن الجيش السوري اليوم سيطرته على قرية جديدة في ريف حلب الشرقي بعد اشتباكات استمرت ساعات.",
    "وقال مصدر عسكري إن العملية أسفرت عن مقتل خمسة مسلحين وأسر اثنين آخرين، بحسب ما نقلت وكالة الأنباء الرسمية.",
    "خلفية المعارك",
    "تشهد المنطقة منذ أشهر اشتباكات متقطعة بين الطرفين، وسط محاولات للتهدئة لم تنجح حتى الآن في وقف القتال.",
    "اقرأ أيضاً: الأمم المتحدة تدعو إلى وقف إطلاق النار في حلب",
    "نستخدم ملفات تعريف الارتباط (cookies) لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك.",
    "© 2025 جميع الحقوق محفوظة",
  ].join("\n");
  const layout = detectLayout(page);
  const { lines, furniture, headings } = lineView(page, layout);
  const kindOf = (p: string) => furniture.find(([n]) => lines[n - 1].startsWith(p))?.[1];

  it("finds chrome, widgets and footer by lexicon and position", () => {
    expect(kindOf("الرئيسية")).toBe("site_header");
    expect(kindOf("عاجل")).toBe("site_header");
    expect(kindOf("بقلم")).toBe("byline");
    expect(kindOf("الأحد، 12 أكتوبر 2025")).toBe("dateline");
    expect(kindOf("فيسبوك")).toBe("share");
    expect(kindOf("اقرأ أيضاً")).toBe("related");
    expect(kindOf("نستخدم ملفات")).toBe("cookie_notice");
    expect(kindOf("©")).toBe("copyright");
    expect(furniture.some(([n]) => lines[n - 1].startsWith("أعلن الجيش"))).toBe(false);
  });

  it("keeps the headline as title and the crosshead as a heading", () => {
    expect(layout.title).toMatchObject({ text: lines[2], derived: true });
    expect(headings.map((n) => lines[n - 1])).toEqual([lines[2], "خلفية المعارك"]);
  });

  it("does not mistake a short body sentence or a heading with a widget word for furniture", () => {
    const l = detectLayout(
      "مشاركة دمشق\nأكدت الحكومة مشاركتها في الحملة ضد التنظيم في البادية السورية خلال الأسابيع المقبلة.\nمشاركة محدودة\nوقال مسؤول إن المشاركة ستكون محدودة.",
    );
    expect(l.furniture).toEqual([]);
  });
});
