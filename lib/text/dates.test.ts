import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates, formatPartialDate, parseDateString } from "@/lib/text/dates";

const seedDir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), "utf8"));

const ctx = { referenceYear: 2025, referenceMonth: 11 };
const brief = (text: string, opts = {}) => findDates(text, opts).map((d) => [d.text, d.date, d.precision]);

describe("parseDateString", () => {
  it.each([
    ["2025-11-29", "2025-11-29", "day"],
    ["2025-11-29T20:47:00", "2025-11-29", "day"],
    ["2025-11-29T20:47:00Z", "2025-11-29", "day"],
    ["04/07/2025", "2025-07-04", "day"],
    ["04-07-2025", "2025-07-04", "day"],
    ["04.07.2025", "2025-07-04", "day"],
    ["4/7/2025", "2025-07-04", "day"],
    ["٠٤/٠٧/٢٠٢٥", "2025-07-04", "day"],
    ["۰۴/۰۷/۲۰۲۵", "2025-07-04", "day"],
    ["29/02/2024", "2024-02-29", "day"],
    ["29 نوفمبر 2025", "2025-11-29", "day"],
    ["٢٩ نوفمبر ٢٠٢٥", "2025-11-29", "day"],
    ["السبت, 29 نوفمبر 2025 08:47 PM", "2025-11-29", "day"],
    ["29 من تشرين الثاني 2025", "2025-11-29", "day"],
    ["أيار 2025", "2025-05", "month"],
    ["ايار 2025", "2025-05", "month"],
    ["تشرين الأول / أكتوبر 2025", "2025-10", "month"],
    ["آذار/مارس 2025", "2025-03", "month"],
    ["مايو 2025", "2025-05", "month"],
    ["مارس 2025", "2025-03", "month"],
    ["آب 2025", "2025-08", "month"],
    ["كانون الأول 2024", "2024-12", "month"],
    ["2025-11", "2025-11", "month"],
    ["11/2025", "2025-11", "month"],
    ["2025", "2025", "year"],
    ["٢٠٢٥", "2025", "year"],
  ])("%s → %s (%s)", (input, date, precision) => {
    expect(parseDateString(input)).toEqual({ date, precision });
  });

  it.each([
    "31/02/2025",
    "13/13/2025",
    "29/02/2025",
    "00/01/2025",
    "2025-13-01",
    "2025-02-30",
    "أيار",
    "تشرين",
    "",
    "غدا",
    "12/13/2025",
    "1/2/25",
  ])("%s → unknown", (input) => {
    expect(parseDateString(input)).toEqual({
      date: null,
      precision: "unknown",
    });
  });
});

describe("findDates on the seeds", () => {
  // Every month word in seeds/*.txt, and every year mention, with its reading (reference: November 2025).
  it("seed 000", () => {
    expect(brief(seeds[0], ctx)).toEqual([
      ["آذار/مارس 2025", "2025-03", "month"],
      ["نهاية العام", "2025", "year"],
      ["أيار/مايو 2025", "2025-05", "month"],
      ["نيسان/أبريل 2025", "2025-04", "month"],
      // "سد تشرين" (Tishrin Dam) in the same paragraph is a place, not a month.
      ["تشرين الأول/أكتوبر 2025", "2025-10", "month"],
      ["2025", "2025", "year"],
    ]);
  });

  it("seed 001", () => {
    expect(brief(seeds[1], ctx)).toEqual([
      ["29 نوفمبر 2025", "2025-11-29", "day"],
      ["29 من تشرين الثاني", "2025-11-29", "day"],
      ["11 من تشرين الثاني", "2025-11-11", "day"],
      ["11 من تشرين الثاني", "2025-11-11", "day"],
      ["10 من تشرين الثاني", "2025-11-10", "day"],
      ["27 من تشرين الأول الماضي", "2025-10-27", "day"],
      ["عام 2014", "2014", "year"],
    ]);
  });

  it("seed 002", () => {
    expect(brief(seeds[2], ctx)).toEqual([
      ["أيار الفائت", "2025-05", "month"],
      ["أيار", "2025-05", "month"],
      ["حزيران", "2025-06", "month"],
      ["أيلول 2014", "2014-09", "month"],
      ["كانون الثاني 2015", "2015-01", "month"],
      ["تموز 2017", "2017-07", "month"],
      ["تشرين الأول 2017", "2017-10", "month"],
      ["آذار 2019", "2019-03", "month"],
      ["عام 2014", "2014", "year"],
    ]);
  });

  it("seed 003: the dateline only; مارستها and the footer years are not dates", () => {
    expect(brief(seeds[3], ctx)).toEqual([["04/07/2025", "2025-07-04", "day"]]);
  });

  it("seed 004", () => {
    expect(brief(seeds[4], ctx)).toEqual([["مطلع العام 2025", "2025", "year"]]);
  });

  it("offsets are code points into the original text", () => {
    for (const text of seeds) for (const d of findDates(text, ctx)) expect([...text].slice(d.start, d.end).join("")).toBe(d.text);
    const [d] = findDates("😀😀 في 29 نوفمبر 2025");
    expect([d.start, d.end]).toEqual([6, 20]);
  });

  it("without a reference year, yearless mentions are unknown", () => {
    expect(brief("يوم السبت الموافق 29 من تشرين الثاني، وخلال شهر أيار الفائت")).toEqual([
      ["29 من تشرين الثاني", null, "unknown"],
      ["أيار الفائت", null, "unknown"],
    ]);
  });
});

describe("findDates rules", () => {
  it.each([
    [
      "both calendars",
      "في كانون الثاني 2024 وشباط 2024 وآذار 2024",
      [
        ["كانون الثاني 2024", "2024-01", "month"],
        ["شباط 2024", "2024-02", "month"],
        ["آذار 2024", "2024-03", "month"],
      ],
    ],
    [
      "Egyptian spellings",
      "يناير 2025 فبراير 2025 ابريل 2025 إبريل 2025 يونيه 2025 يوليه 2025 اغسطس 2025 اكتوبر 2025 ديسمبر 2025",
      [
        ["يناير 2025", "2025-01", "month"],
        ["فبراير 2025", "2025-02", "month"],
        ["ابريل 2025", "2025-04", "month"],
        ["إبريل 2025", "2025-04", "month"],
        ["يونيه 2025", "2025-06", "month"],
        ["يوليه 2025", "2025-07", "month"],
        ["اغسطس 2025", "2025-08", "month"],
        ["اكتوبر 2025", "2025-10", "month"],
        ["ديسمبر 2025", "2025-12", "month"],
      ],
    ],
    [
      "more Levantine months",
      "نيسان 2023 حزيران 2023 تموز 2023 آب 2023 أيلول 2023 كانون الأول 2023",
      [
        ["نيسان 2023", "2023-04", "month"],
        ["حزيران 2023", "2023-06", "month"],
        ["تموز 2023", "2023-07", "month"],
        ["آب 2023", "2023-08", "month"],
        ["أيلول 2023", "2023-09", "month"],
        ["كانون الأول 2023", "2023-12", "month"],
      ],
    ],
    ["سد تشرين is a place", "زار الوفد سد تشرين برفقة التحالف", []],
    ["تشرين/كانون alone are not months", "تشرين كانون", []],
    ["مارس the verb", "بعد ضغوط مارستها الولايات المتحدة، مارس الضغط ومارست", []],
    [
      "مارس the month with a day, year or شهر",
      "في 3 مارس، مارس 2024، شهر مارس",
      [
        ["3 مارس", "2025-03-03", "day"],
        ["مارس 2024", "2024-03", "month"],
        ["مارس", "2025-03", "month"],
      ],
    ],
    ["أب is father", "أب 2025 وأب لثلاثة أطفال", []],
    [
      "آب only with a signal",
      "حتى آب، في 5 آب، شهر آب، آب الماضي",
      [
        ["5 آب", "2025-08-05", "day"],
        ["آب", "2025-08", "month"],
        ["آب الماضي", "2025-08", "month"],
      ],
    ],
    ["Arabic-Indic digits", "في ٥ أيار ٢٠٢٤", [["٥ أيار ٢٠٢٤", "2024-05-05", "day"]]],
    ["impossible day keeps the month", "35 أيار 2024", [["أيار 2024", "2024-05", "month"]]],
    [
      "month of a named year",
      "أيار من العام الماضي وحزيران من عام 2023",
      [
        ["أيار من العام الماضي", "2024-05", "month"],
        ["حزيران من عام 2023", "2023-06", "month"],
      ],
    ],
    ["next month", "في كانون الثاني المقبل", [["كانون الثاني المقبل", "2026-01", "month"]]],
    [
      "year phrases",
      "منذ بداية 2025 ومنذ مطلع العام وفي العام الماضي وحتى 2030 و© 2015 - 2025",
      [
        ["بداية 2025", "2025", "year"],
        ["مطلع العام", "2025", "year"],
        ["العام الماضي", "2024", "year"],
        ["2030", "2030", "year"],
      ],
    ],
    ["numbers are not years", "نشر 3 آلاف عنصر و800 قناص و2000 مقاتل و161 هجوما", []],
    [
      "numeric dates",
      "في 04/07/2025 و2025-11-29T20:47:00 و31/02/2025 و1.5.2024",
      [
        ["04/07/2025", "2025-07-04", "day"],
        ["2025-11-29T20:47:00", "2025-11-29", "day"],
        ["1.5.2024", "2024-05-01", "day"],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    expect(brief(input as string, ctx)).toEqual(expected);
  });

  it("reads 'last <month>' against the reference month", () => {
    expect(findDates("أيار الماضي", { referenceYear: 2025, referenceMonth: 7 })[0].date).toBe("2025-05");
    expect(findDates("أيلول الماضي", { referenceYear: 2025, referenceMonth: 7 })[0].date).toBe("2024-09");
    expect(findDates("أيلول الماضي", { referenceYear: 2025 })[0].date).toBe("2025-09");
  });
});

describe("formatPartialDate", () => {
  it.each([
    [{ date: "2025-11-29", precision: "day" }, "29 نوفمبر 2025", "29 November 2025"],
    [{ date: "2025-07", precision: "month" }, "يوليو 2025", "July 2025"],
    [{ date: "2014", precision: "year" }, "2014", "2014"],
    [{ date: null, precision: "unknown" }, "تاريخ غير معروف", "date unknown"],
    [{ date: "garbage", precision: "day" }, "تاريخ غير معروف", "date unknown"],
  ] as const)("%j", (d, ar, en) => {
    expect(formatPartialDate(d, "ar")).toBe(ar);
    expect(formatPartialDate(d, "en")).toBe(en);
  });

  it("round-trips parsed dates", () => {
    expect(formatPartialDate(parseDateString("04/07/2025"), "en")).toBe("4 July 2025");
    expect(formatPartialDate(parseDateString("تشرين الأول / أكتوبر 2025"), "ar")).toBe("أكتوبر 2025");
  });
});

describe("English month names in a whole date string", () => {
  it.each([
    ["30 November 2025", { date: "2025-11-30", precision: "day" }],
    ["November 30, 2025", { date: "2025-11-30", precision: "day" }],
    ["Sept. 3, 2025", { date: "2025-09-03", precision: "day" }],
    ["December 2025", { date: "2025-12", precision: "month" }],
    ["30 Brumaire 2025", { date: null, precision: "unknown" }],
    ["31 June 2025", { date: null, precision: "unknown" }],
  ])("%s", (s, expected) => {
    expect(parseDateString(s)).toEqual(expected);
  });
});
