import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/data/posts";
import { absoluteUrl } from "@/lib/site-config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await getSitemapEntries();
  return entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified }));
}
