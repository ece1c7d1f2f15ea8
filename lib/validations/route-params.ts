// Parsing of URL segments: anything malformed becomes null, and the page answers 404.
import { z } from "zod";

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);
const pageSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);
const yearSchema = z
  .string()
  .regex(/^(19|20)\d{2}$/)
  .transform(Number);
const monthSchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])$/)
  .transform(Number);

export function parseSlug(raw: string): string | null {
  const parsed = slugSchema.safeParse(decodeURIComponent(raw));
  return parsed.success ? parsed.data : null;
}

/** Page 1 has no /page/1 URL of its own */
export function parsePageNumber(raw: string): number | null {
  const parsed = pageSchema.safeParse(raw);
  return parsed.success && parsed.data > 1 ? parsed.data : null;
}

export function parseYearMonth(year: string, month: string): { year: number; month: number } | null {
  const y = yearSchema.safeParse(year);
  const m = monthSchema.safeParse(month);
  return y.success && m.success ? { year: y.data, month: m.data } : null;
}

/** Optional trailing "/page/<n>" of a listing: [] is page 1, ["page", "2"] page 2 */
export function parseListingPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page" && segments[1] !== undefined) {
    return parsePageNumber(segments[1]);
  }
  return null;
}
