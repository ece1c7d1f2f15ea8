import { describe, expect, it } from "vitest";
import {
  archiveMonthOf,
  calendarMonthOf,
  formatLongDate,
  formatMonth,
  instantToZonedDateTime,
  zonedDateTimeToInstant,
} from "./format";

describe("dates in the blog's locale and time zone", () => {
  it("writes the long German date with the weekday", () => {
    expect(formatLongDate(new Date("2011-02-21T09:00:00+01:00"))).toBe("Montag, 21. Februar 2011");
  });

  it("uses Berlin time, not UTC, to decide the day and the month", () => {
    const lateOnNewYearsEve = new Date("2025-12-31T23:30:00Z"); // 00:30 on 1 January in Berlin
    expect(formatLongDate(lateOnNewYearsEve)).toBe("Donnerstag, 1. Januar 2026");
    expect(calendarMonthOf(lateOnNewYearsEve)).toEqual({ year: 2026, month: 1 });
    expect(archiveMonthOf(lateOnNewYearsEve)).toBe(202601);
  });

  it("names a month", () => {
    expect(formatMonth(2026, 3)).toBe("März 2026");
  });
});

describe("wall-clock times in the blog's zone", () => {
  it("reads a local date-time as Berlin time, summer and winter", () => {
    expect(zonedDateTimeToInstant("2026-12-24T09:30").toISOString()).toBe("2026-12-24T08:30:00.000Z");
    expect(zonedDateTimeToInstant("2026-07-01T09:30").toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(instantToZonedDateTime(new Date("2026-07-01T07:30:00Z"))).toBe("2026-07-01T09:30");
  });
});
