import { describe, expect, it } from "vitest";
import { cursorParam, parseDashboardFilters } from "./dashboard";

describe("dashboard filters from the query string", () => {
  it("reads a page cursor in either direction and writes it back the same", () => {
    const updatedAt = new Date("2026-06-01T00:03:00.000Z");
    const text = cursorParam({ updatedAt, id: 42 });
    expect(parseDashboardFilters({ before: text }).cursor).toEqual({ direction: "older", updatedAt, id: 42 });
    expect(parseDashboardFilters({ after: text, status: "DRAFT" })).toMatchObject({
      status: "DRAFT",
      cursor: { direction: "newer", updatedAt, id: 42 },
    });
  });

  it("ignores a cursor that is not one, and starts at the newest posts", () => {
    for (const before of [
      "",
      "abc",
      "1.2.3",
      "-5.1",
      "1764700000000",
      `${"9".repeat(16)}.1`,
      "1.99999999999",
    ])
      expect(parseDashboardFilters({ before }).cursor, before).toBeUndefined();
  });
});
