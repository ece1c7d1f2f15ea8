import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./stats";

describe("benchmark statistics", () => {
  it("interpolates percentiles between ranks", () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 0.5)).toBe(30);
    expect(percentile(values, 0.95)).toBeCloseTo(48);
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 1)).toBe(50);
  });

  it("summarises a single value as itself and an empty list as not a number", () => {
    expect(summarise([7])).toEqual({ n: 1, median: 7, p95: 7, min: 7, max: 7 });
    expect(percentile([], 0.5)).toBeNaN();
  });
});
