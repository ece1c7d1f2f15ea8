// After comments changed: refresh the cached pages that show them or count them, nothing else.
import { updateTag } from "next/cache";
import { refreshProxyAfterResponse } from "../cache/proxy-refresh";
import { cacheTags } from "../data/cache-tags";
import { publicPostPaths } from "../data/public-paths";

export function refreshCommentCaches(postIds: number[]): void {
  for (const postId of new Set(postIds)) {
    updateTag(cacheTags.comments(postId));
    // The post's comment count shows on its page and on every list that carries it
    updateTag(cacheTags.post(postId));
  }
  refreshProxyAfterResponse(() => publicPostPaths(postIds));
}
