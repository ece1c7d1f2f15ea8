import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("transliterates German and drops everything else", () => {
    expect(slugify("Über den Zaun – „mal eben“")).toBe("ueber-den-zaun-mal-eben");
    expect(slugify("Straße & Café")).toBe("strasse-cafe");
    expect(slugify("***")).toBe("");
  });
  it("keeps slugs short", () => {
    expect(slugify("a".repeat(100)).length).toBe(80);
  });
});
