import { tagFeedResponse } from "@/lib/feeds/build-feed";

export async function GET(_request: Request, { params }: RouteContext<"/tags/[slug]/feed.xml">) {
  return tagFeedResponse((await params).slug, "rss");
}
