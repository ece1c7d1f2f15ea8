import { describe, expect, it } from "vitest";
import { parseSearchQuery, toFtsQuery } from "./search";

describe("search queries", () => {
  it("turns words into quoted prefix terms, whatever else the query holds", () => {
    expect(toFtsQuery("Kunde Drucker")).toBe('"kunde"* "drucker"*');
    expect(toFtsQuery('" OR 1=1 -- NEAR(a)')).toBe('"or"* "1"* "1"* "near"* "a"*');
    expect(toFtsQuery("Über*")).toBe('"über"*');
    expect(toFtsQuery("***")).toBe("");
  });

  it("uses at most eight words", () => {
    expect(toFtsQuery("a b c d e f g h i j").split(" ")).toHaveLength(8);
  });

  it("reads ?q= defensively", () => {
    expect(parseSearchQuery("  Drucker ")).toBe("Drucker");
    expect(parseSearchQuery(["erste", "zweite"])).toBe("erste");
    expect(parseSearchQuery(undefined)).toBe("");
    expect(parseSearchQuery("a".repeat(201))).toBe("");
    expect(parseSearchQuery("Zeile\u0000Umbruch")).toBe("Zeile Umbruch");
  });
});
