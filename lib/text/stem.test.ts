import { describe, expect, it } from "vitest";
import { normalizeArabic } from "./normalize";
import { lightStem, stems } from "./stem";

const stem = (w: string) => lightStem(normalizeArabic(w));

describe("lightStem", () => {
  it("gives a noun and its clitic forms one key", () => {
    const forms = ["قاعدة", "القاعدة", "للقاعدة", "بالقاعدة", "والقاعدة"];
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it("folds the definite article and the lam of 'for the'", () => {
    expect(stem("الوزارة")).toBe(stem("وزارة"));
    expect(stem("للتحالف")).toBe(stem("التحالف"));
    expect(stem("المطار")).toBe(stem("مطار"));
  });

  it("folds plural and dual endings", () => {
    expect(stem("المقاتلين")).toBe(stem("مقاتلون"));
    expect(stem("الشاحنات")).toBe(stem("شاحنه"));
  });

  it("keeps short words whole rather than cutting into the root", () => {
    expect(stem("بارا")).toBe("بارا");
    expect(stem("لم")).toBe("لم");
    expect(stem("ولد")).toBe("ولد");
  });

  it("keeps different words apart", () => {
    expect(stem("قاعدة")).not.toBe(stem("قوات"));
    expect(stem("انسحاب")).not.toBe(stem("تعزيزات"));
  });

  it("stems English plurals and verb endings", () => {
    expect(lightStem("trucks")).toBe("truck");
    expect(lightStem("withdrawing")).toBe(lightStem("withdraws"));
    expect(lightStem("militias")).toBe("militia");
    expect(lightStem("casualties")).toBe("casualty");
    expect(lightStem("class")).toBe("class");
  });

  it("splits a normalized text into stems, numbers kept", () => {
    expect(stems(normalizeArabic("دخلت 25 شاحنة إلى القطاع"))).toEqual(["دخلت", "25", "شاحن", "الي", "قطاع"]);
  });
});
