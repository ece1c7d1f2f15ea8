// Dates and numbers in the blog's locale and time zone, through Intl.
import { siteConfig } from "./site-config";

const intlLocale = siteConfig.locale === "de" ? "de-DE" : "en-GB";

const longDate = new Intl.DateTimeFormat(intlLocale, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: siteConfig.timeZone,
});
const shortDateTime = new Intl.DateTimeFormat(intlLocale, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: siteConfig.timeZone,
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
    timeZone: siteConfig.timeZone,
  }).formatToParts(date);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value("year"), month: value("month") };
}

/** 202603 for March 2026 in the blog's time zone: the key of the monthly archive */
export function archiveMonthOf(date: Date): number {
  const { year, month } = calendarMonthOf(date);
  return year * 100 + month;
}
