import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentClauses, segmentSentences, sentencesAround, type Segment } from "@/lib/text/segment";

const seedDir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), "utf8"));

const slice = (text: string, s: { start: number; end: number }) => [...text].slice(s.start, s.end).join("");
const texts = (segs: Segment[]) => segs.map((s) => s.text);
/** Code-point range of the first occurrence of `needle`. */
function rangeOf(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...needle].length };
}

function checkInvariants(text: string, segs: Segment[], exclude: { start: number; end: number }[] = []): void {
  const cps = [...text];
  const covered = new Uint8Array(cps.length);
  let prevEnd = 0;
  for (const s of segs) {
    expect(slice(text, s)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    if (s.kind !== "heading") expect(s.text).not.toMatch(/[\n\r]/);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = s.end;
    covered.fill(1, s.start, s.end);
  }
  for (const r of exclude) covered.fill(1, r.start, r.end);
  const missed = cps.filter((c, i) => !covered[i] && !/\s/u.test(c));
  // Bullet markers are the only visible characters left out of segments.
  expect(missed.join("")).toMatch(/^•*$/u);
}

describe("segmentSentences on the seeds", () => {
  it.each(seeds.map((s, i) => [i, s]))("keeps the invariants in seed %i", (_i, text) => {
    checkInvariants(text as string, segmentSentences(text as string));
  });

  it("seed 000: splits a paragraph into its three sentences and keeps crossheads as lines", () => {
    const segs = segmentSentences(seeds[0]);
    const t = texts(segs);
    expect(t).toContain("وشملت الجولات منطقة الحوس – التي صححت فوراً إلى المنطقة السويدية – إضافة إلى ريف الرقة الغربي.");
    expect(t).toContain("أجمع كل من تم استطلاعه على تفضيل الحكومة السورية بوضوح، وفقاً لما أفاد به المصدر.");
    expect(t.find((x) => x.startsWith("وفي كل مكان"))).toMatch(/المصدر المطلع\.$/);
    expect(segs.find((s) => s.text === "تنسيق بين التحالف والحكومة")?.kind).toBe("line");
    expect(segs.find((s) => s.text === "الوساطة بين “قسد” والحكومة")?.kind).toBe("line");
    expect(segs).toHaveLength(14);
  });

  it("seed 001: dateline, duplicated headline, bullets and quotes", () => {
    const segs = segmentSentences(seeds[1]);
    expect(segs[0]).toEqual({
      start: 0,
      end: 30,
      text: "السبت, 29 نوفمبر 2025 08:47 PM",
      kind: "line",
    });
    expect(segs[1].text).toBe(segs[2].text);
    const bullets = segs.filter((s) => s.kind === "bullet");
    expect(bullets.map((b) => b.text.split(" ").slice(0, 2).join(" "))).toEqual([
      "من الناحية",
      "على الصعيد",
      "من الناحية",
      "من ناحية",
      "التقرير ذكر",
    ]);
    expect(bullets.every((b) => !b.text.startsWith("•"))).toBe(true);
    expect(texts(segs)).toContain("وأكد المصطفى أن هذا الاتفاق سياسي ولا يتضمن أي بنود عسكرية.");
    expect(texts(segs).find((x) => x.startsWith("وأشاد الرئيس ترامب"))).toMatch(/"لقد قمتم بعمل رائع، وندعمكم"\.$/);
    expect(segs.find((s) => s.text === "مشاركة المقال:")?.kind).toBe("line");
  });

  it("seed 002: parenthesised dates and percentages stay inside their sentence", () => {
    const t = texts(segmentSentences(seeds[2]));
    expect(t.find((x) => x.startsWith("شهدت مسيرة التحالف"))).toMatch(/\(آذار 2019\)\.$/);
    expect(t).toContain(
      "ووفقاً تقارير التحالف، تقلصت سيطرة التنظيم إلى أقل من 2% من الأراضي التي كان يحتلها عام 2014، فيما تواصل خلاياه النشطة تهديد الاستقرار.",
    );
  });

  it("seed 003: '..' is not a sentence end; dateline and furniture are lines; quotes are kept whole", () => {
    const segs = segmentSentences(seeds[3]);
    const t = texts(segs);
    expect(t).toContain('بضغط من واشنطن.. دمشق توافق على المشاركة في "حملة رباعية" ضد "داعش"');
    expect(segs.find((s) => s.text === "04/07/2025")?.kind).toBe("line");
    expect(t).toContain('بالمقابل أكدت "قسد" استعدادها للمشاركة في أي "جهد وطني سوري ودولي لمحاربة داعش".');
    expect(t).toContain('وأشارت إلى أنه "في حال وجود أي حملة أو عملية، سنعلن عنها بشكل رسمي عبر المواقع والمنصات الرسمية".');
    expect(t).toContain("هل توافق على استخدامنا للملفات لهذه الأغراض؟");
    expect(t.find((x) => x.startsWith("ويشير المصدر الكردي"))).toMatch(/عقب سقوط نظام الأسد\.$/);
  });

  it("seed 004: the obfuscated paragraph is one sentence", () => {
    const t = texts(segmentSentences(seeds[4]));
    expect(t[0]).toBe("التحالف الدولي وقسد يعـ ـززان الوجود العسـ ـكري في دير الزور والحسكة");
    expect(t.find((x) => x.startsWith("شهدت مناطق"))).toMatch(/ضـ ـد خـ ـلايا د\.\.ا\.\.عـ ـش\.$/);
    expect(t).toContain("فيما تأتي تعزيزات الأسلحة ونشر القوات على خطوط التماس بهدف ضمان الاستقرار وحماية المدنيين.");
  });

  it("honours headings and excluded page furniture", () => {
    const text = seeds[3];
    const title = rangeOf(text, "بضغط من واشنطن");
    const heading = {
      start: title.start,
      end: rangeOf(text, 'ضد "داعش"\n').end,
    };
    const furniture = {
      start: rangeOf(text, "التعليقات").start,
      end: [...text].length,
    };
    const header = { start: 0, end: rangeOf(text, "بحث").end };
    const segs = segmentSentences(text, {
      headings: [heading],
      exclude: [furniture, header],
    });
    checkInvariants(text, segs, [furniture, header]);
    expect(segs[0]).toMatchObject({ kind: "heading", start: heading.start });
    expect(segs[0].text).toBe('بضغط من واشنطن.. دمشق توافق على المشاركة في "حملة رباعية" ضد "داعش"');
    expect(segs.filter((s) => s.text.includes("واشنطن.. دمشق"))).toHaveLength(1);
    expect(segs.some((s) => s.text.includes("هاشتاغ"))).toBe(false);
    expect(segs.at(-1)?.text).toMatch(/ابتداء من حمص\.$/);
  });

  it("keeps a multi-line heading as one segment", () => {
    const text = "عنوان أول\nعنوان ثان\nجملة أخيرة.";
    const segs = segmentSentences(text, { headings: [{ start: 0, end: 20 }] });
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ["heading", "عنوان أول\nعنوان ثان"],
      ["sentence", "جملة أخيرة."],
    ]);
  });
});

describe("segmentSentences rules", () => {
  const split = (t: string) => texts(segmentSentences(t));

  it.each([
    [
      "Arabic question and exclamation marks",
      "هل انسحب التحالف؟ نعم! غادر القاعدة.",
      ["هل انسحب التحالف؟", "نعم!", "غادر القاعدة."],
    ],
    ["Arabic semicolon", "انسحب التحالف من القاعدة؛ وسلمها لقسد.", ["انسحب التحالف من القاعدة؛", "وسلمها لقسد."]],
    [
      "decimals and dates",
      "ارتفعت النسبة إلى 3.5 بالمئة في 04.07.2025 و04/07/2025. ثم انخفضت.",
      ["ارتفعت النسبة إلى 3.5 بالمئة في 04.07.2025 و04/07/2025.", "ثم انخفضت."],
    ],
    [
      "ellipsis as a dash",
      "بضغط من واشنطن.. دمشق توافق. وقسد ترفض… والتحالف يصمت.",
      ["بضغط من واشنطن.. دمشق توافق.", "وقسد ترفض… والتحالف يصمت."],
    ],
    ["obfuscation dots", "قاتلوا د..ا..عـ ـش. ثم انسحبوا.", ["قاتلوا د..ا..عـ ـش.", "ثم انسحبوا."]],
    ["single-letter abbreviation", "قال د. محمد إن الوضع هادئ. وانتهى.", ["قال د. محمد إن الوضع هادئ.", "وانتهى."]],
    ["short quote with a full stop inside", 'قال "هذا صحيح. وذاك أيضا" ثم مضى.', ['قال "هذا صحيح. وذاك أيضا" ثم مضى.']],
    ["curly short quote", "قال “انتهى. لا شيء” ثم مضى.", ["قال “انتهى. لا شيء” ثم مضى."]],
    ["quote ending the sentence", 'قال: "لقد قمتم بعمل رائع." ثم غادر.', ['قال: "لقد قمتم بعمل رائع."', "ثم غادر."]],
    ["paragraphs never merge", "سطر أول بلا نقطة\nسطر ثان", ["سطر أول بلا نقطة", "سطر ثان"]],
    ["CRLF and blank lines", "جملة أولى.\r\n\r\n  جملة ثانية.  \r\n", ["جملة أولى.", "جملة ثانية."]],
    ["empty", "", []],
    ["whitespace only", " \n\u00A0\n", []],
  ])("%s", (_name, input, expected) => {
    expect(split(input as string)).toEqual(expected);
  });

  it("splits inside a long quote that ends with a full stop", () => {
    const quote = "هذه جملة طويلة جدا داخل الاقتباس تتحدث عن أمور كثيرة ومتعددة. وهذه جملة ثانية طويلة أيضا تنتهي بنقطة واضحة.";
    const segs = split(`قال المتحدث: "${quote}"`);
    expect(segs).toHaveLength(2);
    expect(segs[0]).toMatch(/ومتعددة\.$/);
  });

  it("recognises bullet markers and strips them from the text", () => {
    const segs = segmentSentences("• أولا\n- ثانيا\n* ثالثا\n· رابعا\n1. خامسا\n12) سادسا\n-5 درجات");
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ["bullet", "أولا"],
      ["bullet", "ثانيا"],
      ["bullet", "ثالثا"],
      ["bullet", "رابعا"],
      ["bullet", "خامسا"],
      ["bullet", "سادسا"],
      ["line", "-5 درجات"],
    ]);
  });

  it("uses code-point offsets around emoji and surrogates", () => {
    const text = "😀😀 جملة أولى. 𝒜 جملة ثانية.";
    const segs = segmentSentences(text);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 13],
      [14, 27],
    ]);
    for (const s of segs) expect(slice(text, s)).toBe(s.text);
  });

  it("classifies short unpunctuated lines as lines, long ones as sentences", () => {
    expect(segmentSentences("عمليات مكثفة في الحسكة")[0].kind).toBe("line");
    expect(segmentSentences("نشر قوات خاصة وقناصة على ضفة نهر الفرات لمراقبة تحركات الخلايا")[0].kind).toBe("sentence");
  });
});

describe("segmentClauses", () => {
  const sentenceOf = (text: string, prefix: string) => {
    const s = segmentSentences(text).find((x) => x.text.startsWith(prefix));
    if (!s) throw new Error(prefix);
    return s;
  };

  it("splits the long obfuscated sentence of seed 004 on commas", () => {
    const seg = sentenceOf(seeds[4], "شهدت مناطق");
    const clauses = segmentClauses(seeds[4], seg);
    expect(texts(clauses)).toEqual([
      "شهدت مناطق شمال وشرق سوريا، خصوصاً ريف دير الزور والحسكة،",
      "اليوم تعـ ـزيزات عسـ ـكرية كبيرة من قبل التحالف الدولي بقيادة الولايات المتحدة،",
      "في إطار جهود تثبيت السيـ ـطرة وتأمين خطوط التمـ ـاس على ضفاف نهر الفرات خصوصاً ضـ ـد خـ ـلايا د..ا..عـ ـش.",
    ]);
    for (const c of clauses) {
      expect(slice(seeds[4], c)).toBe(c.text);
      expect(c.kind).toBe("sentence");
    }
    expect(clauses[0].start).toBe(seg.start);
    expect(clauses.at(-1)?.end).toBe(seg.end);
  });

  it("splits on a clause-opening conjunction", () => {
    const seg = sentenceOf(seeds[3], "دمشق أرسلت عبر توماس");
    expect(texts(segmentClauses(seeds[3], seg))).toEqual([
      "دمشق أرسلت عبر توماس باراك موافقتها على المشاركة في الحملة",
      "وهو ما أدى إلى تأجيل العملية العسكرية التي كان من المقرر انطلاقها قبل عدة أيام",
    ]);
  });

  it("does not split noun coordination or short sentences", () => {
    const seg = sentenceOf(seeds[2], "كما نفذ التحالف");
    const clauses = texts(segmentClauses(seeds[2], seg));
    expect(clauses.some((c) => c.startsWith("وحزيران") || c.startsWith("وإنزال"))).toBe(false);
    const short = sentenceOf(seeds[1], "وأكد المصطفى");
    expect(segmentClauses(seeds[1], short)).toEqual([short]);
  });

  it("never leaves a clause of 6 words or fewer, nor splits inside a quote", () => {
    for (const text of seeds)
      for (const seg of segmentSentences(text))
        for (const c of segmentClauses(text, seg)) {
          if (c.text !== seg.text) expect(c.text.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length).toBeGreaterThan(6);
          expect(slice(text, c)).toBe(c.text);
        }
    const seg = sentenceOf(seeds[3], "وكان الرئيس الأمريكي");
    expect(texts(segmentClauses(seeds[3], seg)).some((c) => c.startsWith("وتولّي"))).toBe(false);
  });
});

describe("sentencesAround", () => {
  const overlapping = (segs: Segment[], r: { start: number; end: number }) =>
    segs.filter((s) => s.start < r.end && r.start < s.end);

  it("finds the same sentences around any span of a seed article as segmenting the whole article", () => {
    for (const text of seeds) {
      const all = segmentSentences(text);
      for (const s of all) {
        // The sentence itself, a span reaching into the next one, and a span inside it.
        const next = all.find((n) => n.start >= s.end);
        const spans = [s, { start: s.start + 2, end: next ? next.start + 3 : s.end }, { start: s.start + 1, end: s.start + 4 }];
        for (const span of spans)
          expect(overlapping(sentencesAround(text, span.start, span.end), span)).toEqual(overlapping(all, span));
      }
    }
  });

  it("keeps code-point offsets when the text has characters outside the Basic Multilingual Plane", () => {
    const text = "قال المرصد 🙂 إن القوات انسحبت.\nوأكد مصدر محلي وصول تعزيزات جديدة.";
    const span = rangeOf(text, "وصول تعزيزات");
    const [sentence] = overlapping(sentencesAround(text, span.start, span.end), span);
    expect(sentence.text).toBe("وأكد مصدر محلي وصول تعزيزات جديدة.");
    expect(slice(text, sentence)).toBe(sentence.text);
  });
});
