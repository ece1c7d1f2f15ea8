// The sitemap index: one bounded sitemap per range of post ids (app/sitemaps/sitemap.ts), so no
// request lists the whole archive.
import { getSitemapIds } from "@/lib/data/posts";
import { absoluteUrl } from "@/lib/site-config";

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

export async function GET(): Promise<Response> {
  const ids = await getSitemapIds();
  const entries = ids.map(
    (id) => `<sitemap><loc>${escapeXml(absoluteUrl(`/sitemaps/sitemap/${id}.xml`))}</loc></sitemap>`,
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}
</sitemapindex>
`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
