import { describe, expect, it } from "vitest";
import { filterEvents, filterOptions } from "./filter";
import { textDiff, wantsDiff } from "./text-diff";
import type { EventDto } from "./schema";

const ev = (seq: number, actor: string, action: string): EventDto => ({
  seq,
  at: "2025-11-30T10:00:00.000Z",
  actor,
  actorId: null,
  session: null,
  entityType: "claim",
  entityId: "c1",
  action,
  changes: {},
});

describe("history filter", () => {
  const events = [ev(3, "b@x", "decide"), ev(2, "a@x", "update"), ev(1, "a@x", "create")];
  it("filters by actor and action", () => {
    expect(filterEvents(events, { actor: "a@x" }).map((e) => e.seq)).toEqual([2, 1]);
    expect(filterEvents(events, { actor: "a@x", action: "create" }).map((e) => e.seq)).toEqual([1]);
    expect(filterEvents(events, {})).toHaveLength(3);
  });
  it("lists the options present", () => {
    expect(filterOptions(events)).toEqual({ actors: ["a@x", "b@x"], actions: ["create", "decide", "update"] });
  });
});

describe("text diff", () => {
  it("marks inserted and deleted words in long Arabic text", () => {
    const parts = textDiff("انسحبت قوات التحالف من ثلاث قواعد في دير الزور", "انسحبت قوات التحالف من قاعدتين في دير الزور");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toContain("ثلاث قواعد");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toContain("قاعدتين");
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("انسحبت قوات التحالف من ثلاث قواعد في دير الزور");
  });
  it("only diffs two real texts", () => {
    expect(wantsDiff(null, "نص طويل بما يكفي للمقارنة هنا")).toBe(false);
    expect(wantsDiff("false", "contested")).toBe(false);
    expect(wantsDiff("نص طويل بما يكفي", "نص آخر طويل بما يكفي")).toBe(true);
  });
});
