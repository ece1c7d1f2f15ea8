import { siteFeedResponse } from "@/lib/feeds/build-feed";

export function GET() {
  return siteFeedResponse("rss");
}
