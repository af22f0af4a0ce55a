import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { estimateOverlap, minhashSignature, shingleOverlap, shingleSet } from "@/lib/articles/shingles";
import { normalizeArabic } from "@/lib/text/normalize";

const seedDir = path.resolve(__dirname, "../../seeds");
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(seedDir, f), "utf8"));

const shingles = (text: string) => shingleSet(normalizeArabic(text));

describe("republished-copy detection", () => {
  const original = seeds[1];
  // The same body on another site: its own header and footer, the original's furniture gone,
  // and one sentence reworded.
  const body = original.slice(original.indexOf("أعادت قوات"), original.indexOf("مداهمات واعتقالات"));
  const copy = [
    "الرئيسية | أخبار | سوريا\nالأكثر قراءة",
    body.replace("الأمر الذي استدعى تدخل الأجهزة الأمنية لإيقافه", "ما دفع الأجهزة الأمنية إلى التدخل وإيقافه فوراً"),
    "شارك الخبر: فيسبوك تويتر واتساب\nجميع الحقوق محفوظة © 2025",
  ].join("\n\n");

  it("scores a copy with different furniture and one changed sentence ≥ 0.9", () => {
    expect(body.length).toBeGreaterThan(3000);
    expect(shingleOverlap(shingles(original), shingles(copy))).toBeGreaterThanOrEqual(0.9);
  });

  it("scores different seed articles < 0.2", () => {
    const sets = seeds.map(shingles);
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) expect(shingleOverlap(sets[i], sets[j])).toBeLessThan(0.2);
    }
  });

  it("estimates the same from MinHash signatures", () => {
    const a = shingles(original);
    const b = shingles(copy);
    const c = shingles(seeds[3]);
    const [sa, sb, sc] = [a, b, c].map((s) => minhashSignature(s));
    expect(sa).toHaveLength(64);
    expect(estimateOverlap(sa, sb)).toBeGreaterThan(0.6); // Jaccard
    expect(estimateOverlap(sa, sb, a.size, b.size)).toBeGreaterThan(0.75); // containment
    expect(estimateOverlap(sa, sc, a.size, c.size)).toBeLessThan(0.2);
  });
});

describe("shingleSet", () => {
  it("is stable and hashes to unsigned 32-bit integers", () => {
    const a = shingleSet("التحالف الدولي بقياده الولايات المتحده سلم نقاطا");
    expect(a.size).toBe(3);
    expect([...a]).toEqual([...shingleSet("التحالف  الدولي، بقياده الولايات المتحده: سلم نقاطا")]);
    for (const h of a) expect(h >>> 0).toBe(h);
  });

  it("treats a text shorter than k words as one shingle, and no words as none", () => {
    expect(shingleSet("قسد والتحالف").size).toBe(1);
    expect(shingleSet(" … ").size).toBe(0);
    expect(shingleOverlap(new Set(), shingleSet("قسد"))).toBe(0);
  });
});

describe("estimateOverlap", () => {
  it("refuses signatures of different lengths and handles empty sets", () => {
    const s = shingleSet("التحالف الدولي بقياده الولايات المتحده");
    expect(() => estimateOverlap(minhashSignature(s, 64), minhashSignature(s, 32))).toThrow(RangeError);
    expect(estimateOverlap(minhashSignature(new Set()), minhashSignature(new Set()))).toBe(0);
    expect(estimateOverlap(minhashSignature(s), minhashSignature(s))).toBe(1);
  });
});
