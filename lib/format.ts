// Dates and numbers in the blog's locale and time zone, through Intl.
import { siteLocale, siteTimeZone } from "./i18n/locale";

const intlLocale = siteLocale === "de" ? "de-DE" : "en-GB";

const longDate = new Intl.DateTimeFormat(intlLocale, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: siteTimeZone,
});
const shortDateTime = new Intl.DateTimeFormat(intlLocale, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: siteTimeZone,
});
const monthYear = new Intl.DateTimeFormat(intlLocale, {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const numberFormat = new Intl.NumberFormat(intlLocale);

/** "Montag, 21. Februar 2011" */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** "21.02.2011, 09:30" */
export function formatDateTime(date: Date): string {
  return shortDateTime.format(date);
}

/** "Februar 2011" for a calendar month (1-12) */
export function formatMonth(year: number, month: number): string {
  return monthYear.format(new Date(Date.UTC(year, month - 1, 15)));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Year and month (1-12) of an instant in the blog's time zone */
export function calendarMonthOf(date: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "numeric",
    timeZone: siteTimeZone,
  }).formatToParts(date);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value("year"), month: value("month") };
}

/** 202603 for March 2026 in the blog's time zone: the key of the monthly archive */
export function archiveMonthOf(date: Date): number {
  const { year, month } = calendarMonthOf(date);
  return year * 100 + month;
}

/** "2026-12-24T09:30" read as a wall-clock time in the blog's time zone */
export function zonedDateTimeToInstant(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Correct by the zone's offset at that instant; twice, so DST changes settle
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess -= wallClockOf(new Date(guess)) - wanted;
  return new Date(guess);
}

/** The wall-clock time in the blog's zone of an instant, written as if it were UTC */
function wallClockOf(date: Date): number {
  const parts = wallClock.formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
}

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: siteTimeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

/** The instant as "2026-12-24T09:30" in the blog's time zone, for <input type="datetime-local"> */
export function instantToZonedDateTime(date: Date): string {
  return new Date(wallClockOf(date)).toISOString().slice(0, 16);
}
