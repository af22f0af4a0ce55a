import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { fieldName, valueKind } from "./fields";

describe("history fields", () => {
  it("name a queue move by its claim", () => {
    expect(fieldName("position of 3f2a9c1e-77")).toEqual({ key: "positionOf", claim: "3f2a9c1e-77" });
    expect(fieldName("statement")).toEqual({ key: "statement" });
  });

  it("have a name in the catalogs for every field the mutations write", () => {
    const written = ["statement", "verdict", "status", "note", "reasons", "resolutionNote", "attributions", "sourcingStrength"];
    for (const f of written) expect(Object.keys(en.history.field), f).toContain(fieldName(f).key);
  });

  it("translate values from the vocabulary of the entity", () => {
    expect(valueKind("claim", "status")).toEqual({ kind: "words", namespace: "status" });
    expect(valueKind("link", "status")).toEqual({ kind: "words", namespace: "links.status" });
    expect(valueKind("session", "status")).toEqual({ kind: "words", namespace: "history.value" });
    expect(valueKind("link", "reasons")).toEqual({ kind: "linkReasons" });
    expect(valueKind("evidence", "kind")).toEqual({ kind: "words", namespace: "evidence.kind" });
    expect(valueKind("claim", "archivedAt")).toEqual({ kind: "instant" });
    expect(valueKind("claim", "quote")).toEqual({ kind: "plain" });
  });
});
