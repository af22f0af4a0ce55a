import { describe, expect, it } from "vitest";
import { articleInputSchema, PUBLISHED_AT_FORMS } from "./schema";

const text = "أفاد مراسلنا في الأبيض بأن قوات الدعم السريع انسحبت من مدينة بارا.";

describe("an article's publication date", () => {
  it.each(["yesterday", "2025-13-45", "31/02/2025", "أمس", "next week"])("refuses %j with the forms accepted", (publishedAt) => {
    const r = articleInputSchema.safeParse({ text, publishedAt });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["publishedAt"], message: PUBLISHED_AT_FORMS });
  });

  it.each([
    "2025-11-30",
    "30/11/2025",
    "2025-11",
    "2025",
    "30 November 2025",
    "Nov 30, 2025",
    "30 تشرين الثاني 2025",
    "30 نوفمبر 2025",
  ])("accepts %j", (publishedAt) => {
    expect(articleInputSchema.parse({ text, publishedAt }).publishedAt).toBe(publishedAt);
  });

  it("leaves an empty date out instead of refusing it", () => {
    expect(articleInputSchema.parse({ text, publishedAt: "  " }).publishedAt).toBeUndefined();
  });
});
