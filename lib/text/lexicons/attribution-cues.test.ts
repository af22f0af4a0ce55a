import { describe, expect, it } from "vitest";
import { aliasKey } from "@/lib/sources/aliases";
import { CHANNELS } from "@/lib/sources/kinds";
import * as L from "./attribution-cues";

const lists = Object.entries(L).filter(([, v]) => Array.isArray(v)) as [string, readonly string[]][];

describe("attribution cue lexicon", () => {
  it.each(lists)("%s: entries are non-empty and distinct once normalized", (_, list) => {
    const keys = list.map(aliasKey);
    expect(keys.every((k) => k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("channel cue groups are known channels, each phrase in one group only", () => {
    const seen = new Map<string, string>();
    for (const [channel, list] of Object.entries(L.CHANNEL_CUES)) {
      expect(CHANNELS).toContain(channel);
      for (const p of list) {
        expect(seen.get(aliasKey(p)), p).toBeUndefined();
        seen.set(aliasKey(p), channel);
      }
    }
  });

  it("keeps ambiguous nouns out of the reporting verbs", () => {
    // نشر قوات (deployment), تابع لـ (affiliated), نقل المعتقلين (transfer).
    const verbs = L.SPEECH_VERBS.map(aliasKey);
    for (const w of ["نشر", "تابع", "نقل"]) expect(verbs).not.toContain(w);
  });

  it("does not mistake content words for cues", () => {
    const complementizers = new Set(L.COMPLEMENTIZERS.map(aliasKey));
    for (const v of L.SPEECH_VERBS) expect(complementizers.has(aliasKey(v))).toBe(false);
    // "مصدر قلق" (a source of concern) must not qualify an unnamed source.
    expect(L.ANONYMOUS_MODIFIER_STEMS.map(aliasKey)).not.toContain("قلق");
  });

  it("covers the anonymous, channel and kind cues the desk relies on", () => {
    const stems = L.ANONYMOUS_MODIFIER_STEMS.map(aliasKey);
    for (const w of ["مطلع", "سياسي", "ميداني", "محلي", "مسؤول", "كردي", "مقرب", "عسكري"]) expect(stems).toContain(aliasKey(w));
    expect(L.CHANNEL_CUES.x_post.map(aliasKey)).toContain(aliasKey("منصة إكس"));
    expect(L.CHANNEL_CUES.press_conference.map(aliasKey)).toContain(aliasKey("مؤتمر صحفي"));
    expect(L.CORRESPONDENT_NOUNS).toContain("مراسل");
    expect(L.SPEECH_VERBS).toContain("وثق");
  });
});
