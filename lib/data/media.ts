// The media library: uploaded images with their caption and credit, reusable across posts.
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { db } from "../db";
import type { ProcessedImage } from "../media/process-image";
import { mediaStorage } from "../media/storage";
import { NotAuthorisedError, NotFoundError } from "./errors";

export interface MediaItem {
  id: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
}

/** Public URL of a stored file; demo images are plain files under public/ */
export function mediaUrl(storageKey: string): string {
  return storageKey.startsWith("/") ? storageKey : `/media/${storageKey}`;
}

/** "…/a-480.webp 480w, …" for responsive images, or undefined for single files */
export function mediaSrcSet(variants: string): string | undefined {
  try {
    const list = JSON.parse(variants) as { width: number; key: string }[];
    return list.length > 1 ? list.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(", ") : undefined;
  } catch {
    return undefined;
  }
}

export async function storeUploadedImage(
  actor: Actor | null,
  image: ProcessedImage,
  alt: string,
): Promise<MediaItem> {
  if (!can.uploadMedia(actor)) throw new NotAuthorisedError("Bitte melde dich an.");
  const [main] = image.variants;
  if (!main) throw new Error("processed image without variants");
  for (const variant of image.variants) await mediaStorage.put(variant.key, variant.data);
  const row = await db.media.create({
    data: {
      storageKey: main.key,
      mimeType: "image/webp",
      width: image.width,
      height: image.height,
      byteSize: main.data.byteLength,
      variants: JSON.stringify(image.variants.map(({ width, key }) => ({ width, key }))),
      alt,
      uploadedById: actor.id,
    },
  });
  return toMediaItem(row);
}

/** The columns a MediaItem is made from, for use in other selects */
export const mediaItemSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  source: true,
} as const;

export function toMediaItem(row: {
  id: number;
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
}): MediaItem {
  const { id, width, height, alt, caption, credit, source } = row;
  return { id, src: mediaUrl(row.storageKey), width, height, alt, caption, credit, source };
}

export async function listMedia(actor: Actor | null, limit = 60): Promise<MediaItem[]> {
  if (!can.enterAuthorArea(actor)) throw new NotAuthorisedError("Bitte melde dich an.");
  const rows = await db.media.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map(toMediaItem);
}

export async function updateMediaDetails(
  actor: Actor | null,
  id: number,
  details: { alt: string; caption: string; credit: string; source: string },
): Promise<void> {
  const media = await db.media.findUnique({ where: { id }, select: { uploadedById: true } });
  if (!media) throw new NotFoundError("Dieses Bild gibt es nicht.");
  if (!can.editMedia(actor, media)) throw new NotAuthorisedError("Dieses Bild darfst du nicht bearbeiten.");
  await db.media.update({ where: { id }, data: details });
}

/** The posts that show an image, so their pages can be refreshed after its caption changed */
export async function postsUsingMedia(id: number): Promise<number[]> {
  const rows = await db.post.findMany({ where: { coverImageId: id }, select: { id: true } });
  return rows.map((row) => row.id);
}
