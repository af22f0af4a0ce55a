import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/articles/html";

const page = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>بضغط من واشنطن.. دمشق توافق على المشاركة في &quot;حملة رباعية&quot;</title>
  <style>p { color: red } .x::before { content: "مخفي" }</style>
  <script>alert(1)</script>
</head>
<body>
  <header><nav><a href="/">هاشتاغ</a> | <button>بحث</button></nav></header>
  <script>document.write("<p>حقن</p>")</script>
  <noscript>فعّل جافاسكربت</noscript>
  <template><p>قالب</p></template>
  <svg viewBox="0 0 10 10"><title>شعار</title><path d="M0 0"/><text>نص رسم</text></svg>
  <iframe src="https://example.com/ad">إعلان</iframe>
  <article>
    <h1>بضغط من واشنطن.. دمشق توافق</h1>
    <p>قالت   مصادر
       سياسية سورية في <b>دمشق</b>، وأخرى مقربة من <a href="#">قوات سوريا الديمقراطية</a>،
       إن الإدارة السورية الجديدة قررت المشاركة&nbsp;في الحملة ضد خلايا تنظيم &quot;داعش&quot;.</p>
    <p>وأضافت المصادر أن الحملة تشمل:</p>
    <ul>
      <li>قوات &#1583;مشق</li>
      <li>قوات <i>قسد</i>
        <ol><li>ريف دير الزور</li><li>ريف الحسكة</li></ol>
      </li>
      <li></li>
    </ul>
    <blockquote>«سلّم التحالف نقاطاً في دير الزور»</blockquote>
    <div hidden>نص مخفي</div>
    السطر الأول<br>السطر الثاني<br><br>فقرة بعد سطرين
  </article>
  <footer><div>جميع الحقوق محفوظة</div></footer>
</body>
</html>`;

describe("htmlToText", () => {
  const { text, title, lang } = htmlToText(page);

  it("keeps only the visible body text, as paragraphs, lines and bullets", () => {
    expect(text).toBe(
      [
        "هاشتاغ |",
        "بضغط من واشنطن.. دمشق توافق",
        'قالت مصادر سياسية سورية في دمشق، وأخرى مقربة من قوات سوريا الديمقراطية، إن الإدارة السورية الجديدة قررت المشاركة في الحملة ضد خلايا تنظيم "داعش".',
        "وأضافت المصادر أن الحملة تشمل:",
        "• قوات دمشق\n• قوات قسد\n• ريف دير الزور\n• ريف الحسكة",
        "«سلّم التحالف نقاطاً في دير الزور»",
        "السطر الأول\nالسطر الثاني",
        "فقرة بعد سطرين",
        "جميع الحقوق محفوظة",
      ].join("\n\n"),
    );
  });

  it("never lets scripts, styles or embedded content through", () => {
    for (const hidden of ["alert", "color", "مخفي", "حقن", "جافاسكربت", "قالب", "شعار", "نص رسم", "إعلان", "بحث"]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("reads the title and language", () => {
    expect(title).toBe('بضغط من واشنطن.. دمشق توافق على المشاركة في "حملة رباعية"');
    expect(lang).toBe("ar");
  });

  it("falls back to the first <h1> for the title and to null for the language", () => {
    const r = htmlToText("<body><h1>الداخلية السورية <em>تعترض</em> رتلًا</h1><h1>ثانٍ</h1><p>نص</p></body>");
    expect(r).toEqual({
      text: "الداخلية السورية تعترض رتلًا\n\nثانٍ\n\nنص",
      title: "الداخلية السورية تعترض رتلًا",
      lang: null,
      hidden: 0,
    });
    expect(htmlToText("<p>نص</p>").title).toBeNull();
  });

  it("keeps Arabic exactly: tashkeel, tatweel and punctuation untouched", () => {
    const body = "التحالف الدولي وقسد يعـ ـززان الوجود العسـ ـكري… سلّمَ د..ا..عـ ـش";
    expect(htmlToText(`<p>${body}</p>`).text).toBe(body);
  });

  it("handles table rows, cells and unclosed paragraphs", () => {
    expect(
      htmlToText("<table><tr><th>المحافظة</th><th>الهجمات</th></tr><tr><td>دير الزور</td><td>135</td></tr></table>").text,
    ).toBe("المحافظة الهجمات\nدير الزور 135");
    expect(htmlToText("<p>الأولى<p>الثانية").text).toBe("الأولى\n\nالثانية");
  });
});

describe("text a page hides from its readers", () => {
  it("is left out and counted: hidden, aria-hidden, display:none, visibility:hidden, template and noscript", () => {
    const r = htmlToText(
      [
        "<body><article>",
        "<p>قالت مصادر محلية إن قوات الدعم السريع انسحبت من مدينة بارا.</p>",
        '<p style="display: none">كلمات مفتاحية مخفية لمحركات البحث</p>',
        '<div aria-hidden="true">اقرأ أيضا: عناوين أخرى</div>',
        '<span style="color:red;visibility:hidden">SEO text</span>',
        "<p hidden>نص مخفي</p>",
        "<template><p>قالب</p></template><noscript>فعّل جافاسكربت</noscript>",
        "<p>The army said it had regained the town.</p>",
        "</article></body>",
      ].join(""),
    );
    expect(r.text).toBe("قالت مصادر محلية إن قوات الدعم السريع انسحبت من مدينة بارا.\n\nThe army said it had regained the town.");
    expect(r.hidden).toBe(4);
  });

  it("keeps text whose style only looks like hiding", () => {
    const r = htmlToText('<p style="display:block">نص ظاهر</p><p aria-hidden="false">ظاهر أيضا</p>');
    expect(r.text).toBe("نص ظاهر\n\nظاهر أيضا");
    expect(r.hidden).toBe(0);
  });
});
