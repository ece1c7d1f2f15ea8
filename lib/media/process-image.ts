// Uploaded images: checked by their content (never by name or declared type), limited in
// size, re-encoded (which drops anything hidden in them, metadata included) into
// responsive WebP sizes.
import { randomBytes } from "node:crypto";
import sharp, { type Metadata } from "sharp";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_PIXELS = 40_000_000;
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "tiff"]);

export class RejectedImageError extends Error {}

export interface ProcessedImage {
  width: number;
  height: number;
  /** Largest first */
  variants: { width: number; key: string; data: Buffer }[];
}

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength === 0) throw new RejectedImageError("Die Datei ist leer.");
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new RejectedImageError(`Das Bild ist zu groß (höchstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`);
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new RejectedImageError(
      "Das ist kein Bild, das wir lesen können (erlaubt: JPEG, PNG, WebP, GIF, AVIF).",
    );
  }
  // SVG can carry scripts; sharp would read it, so it is refused by name of format
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    throw new RejectedImageError("Dieses Format nehmen wir nicht an (erlaubt: JPEG, PNG, WebP, GIF, AVIF).");
  }
  const oriented = sharp(input, { limitInputPixels: MAX_PIXELS }).rotate();
  const { info } = await oriented.clone().toBuffer({ resolveWithObject: true });
  const id = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
  const widths = [
    ...new Set([...VARIANT_WIDTHS.filter((w) => w < info.width), Math.min(info.width, 1600)]),
  ].sort((a, b) => b - a);
  const variants = await Promise.all(
    widths.map(async (width) => ({
      width,
      key: `${id}-${width}.webp`,
      data: await oriented
        .clone()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer(),
    })),
  );
  const largest = widths[0] ?? info.width;
  return { width: largest, height: Math.round((info.height * largest) / info.width), variants };
}
