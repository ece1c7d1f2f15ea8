// The sitemap files that /sitemap.xml (the index) points to: /sitemaps/sitemap/<id>.xml, each bounded
import type { MetadataRoute } from "next";
import { getSitemapIds, getSitemapPageEntries, getSitemapPostEntries } from "@/lib/data/posts";
import { absoluteUrl } from "@/lib/site-config";

export async function generateSitemaps(): Promise<{ id: number }[]> {
  return (await getSitemapIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const file = Number(await id);
  const entries = file === 0 ? await getSitemapPageEntries() : await getSitemapPostEntries(file);
  return entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified }));
}
