import { tagFeedResponse } from "@/lib/feeds/build-feed";

export async function GET(_request: Request, { params }: RouteContext<"/tags/[slug]/atom.xml">) {
  return tagFeedResponse((await params).slug, "atom");
}
