import { describe, expect, it } from "vitest";
import { parseListingPage, parsePageNumber, parseSlug, parseYearMonth } from "./route-params";

describe("URL segments", () => {
  it("accepts lower-case kebab-case slugs only", () => {
    expect(parseSlug("kunden-im-winter-2")).toBe("kunden-im-winter-2");
    for (const bad of ["", "Gross", "a--b", "-a", "a b", "%E2%80%AE", "../etc", "ä", "a".repeat(201)]) {
      expect(parseSlug(bad)).toBeNull();
    }
  });

  it("accepts page numbers from 2 on, without leading zeros or signs", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const bad of ["1", "0", "-2", "02", "2.5", "abc", "9999999", ""])
      expect(parsePageNumber(bad)).toBeNull();
  });

  it("reads an optional /page/n of a listing", () => {
    expect(parseListingPage(undefined)).toBe(1);
    expect(parseListingPage([])).toBe(1);
    expect(parseListingPage(["page", "3"])).toBe(3);
    expect(parseListingPage(["page"])).toBeNull();
    expect(parseListingPage(["seite", "3"])).toBeNull();
    expect(parseListingPage(["page", "3", "x"])).toBeNull();
  });

  it("accepts real calendar months only", () => {
    expect(parseYearMonth("2026", "03")).toEqual({ year: 2026, month: 3 });
    for (const [year, month] of [
      ["2026", "13"],
      ["2026", "3"],
      ["1850", "01"],
      ["20x6", "01"],
      ["2026", "00"],
    ] as const) {
      expect(parseYearMonth(year, month)).toBeNull();
    }
  });
});
