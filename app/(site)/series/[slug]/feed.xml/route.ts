import { seriesFeedResponse } from "@/lib/feeds/build-feed";

export async function GET(_request: Request, { params }: RouteContext<"/series/[slug]/feed.xml">) {
  return seriesFeedResponse((await params).slug, "rss");
}
